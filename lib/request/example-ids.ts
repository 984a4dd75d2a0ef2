/**
 * The first run's examples as the empty answer pane lists them. The requests themselves live in
 * examples.ts, which loads only when one is chosen.
 */
export const EXAMPLES = [
  {
    id: "markdown",
    title: "Markdown and code",
    description: "A streamed answer with a fenced TypeScript block.",
  },
  {
    id: "tool",
    title: "A tool call",
    description: "The model calls get_weather and waits for its result.",
  },
  {
    id: "thinking",
    title: "Extended thinking",
    description: "The model reasons first, in a block that folds.",
  },
  {
    id: "image",
    title: "An image",
    description: "A picture in the user turn, described.",
  },
  {
    id: "compare",
    title: "Two models side by side",
    description: "One request, two models, a summary of both.",
  },
] as const;

export type ExampleId = (typeof EXAMPLES)[number]["id"];
