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
    description: "The model calls get_weather; send back a result.",
  },
  {
    id: "thinking",
    title: "Extended thinking",
    description: "The model reasons first, in a block you can fold.",
  },
  {
    id: "image",
    title: "An image",
    description: "A picture in the user turn, described by the model.",
  },
  {
    id: "compare",
    title: "Two models side by side",
    description: "One request on two models, with a summary of both.",
  },
] as const;

export type ExampleId = (typeof EXAMPLES)[number]["id"];
