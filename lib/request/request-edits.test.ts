import { describe, expect, it } from "vitest";
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import {
  addBeta,
  addMessage,
  addMessageBlock,
  addStopSequence,
  addTool,
  base64ImageBlock,
  freshToolName,
  messageText,
  moveMessage,
  removeBeta,
  removeMessage,
  removeMessageBlock,
  removeStopSequence,
  removeTool,
  setBodyField,
  setMessageRole,
  setMessageText,
  setSystemBlockText,
  setSystemText,
  setThinking,
  setToolChoice,
  WEATHER_TOOL,
} from "./request-edits";

function threeMessages(): PlaygroundRequest {
  const r = defaultRequest();
  return {
    ...r,
    body: {
      ...r.body,
      messages: [
        { role: "user", content: "a" },
        { role: "assistant", content: "b" },
        { role: "user", content: "c" },
      ],
    },
  };
}

describe("body fields", () => {
  it("removes a field set to undefined instead of storing null, and never mutates", () => {
    const r = setBodyField(defaultRequest(), "temperature", 0.5);
    expect(r.body.temperature).toBe(0.5);
    const unset = setBodyField(r, "temperature", undefined);
    expect("temperature" in unset.body).toBe(false);
    expect(r.body.temperature).toBe(0.5);
  });

  it("keeps unknown fields", () => {
    const r = { ...defaultRequest(), body: { ...defaultRequest().body, custom: 1 } };
    expect((setBodyField(r, "top_k", 3).body as unknown as { custom: number }).custom).toBe(1);
  });

  it("sets and clears the system prompt, and edits array system blocks faithfully", () => {
    expect(setSystemText(defaultRequest(), "Be brief").body.system).toBe("Be brief");
    expect("system" in setSystemText(defaultRequest(), "").body).toBe(false);
    const blocks = setBodyField(defaultRequest(), "system", [
      { type: "text", text: "one", cache_control: { type: "ephemeral" } },
      { type: "text", text: "two" },
    ]);
    expect(setSystemBlockText(blocks, 0, "uno").body.system).toEqual([
      { type: "text", text: "uno", cache_control: { type: "ephemeral" } },
      { type: "text", text: "two" },
    ]);
  });
});

describe("messages", () => {
  it("adds, removes, moves and re-roles messages", () => {
    const r = threeMessages();
    expect(addMessage(r, "assistant").body.messages.at(-1)).toEqual({
      role: "assistant",
      content: "",
    });
    expect(removeMessage(r, 1).body.messages.map(messageText)).toEqual(["a", "c"]);
    expect(moveMessage(r, 2, -1).body.messages.map(messageText)).toEqual(["a", "c", "b"]);
    expect(moveMessage(r, 0, 1).body.messages.map(messageText)).toEqual(["b", "a", "c"]);
    expect(moveMessage(r, 0, -1)).toBe(r);
    expect(moveMessage(r, 2, 1)).toBe(r);
    expect(setMessageRole(r, 1, "user").body.messages[1]?.role).toBe("user");
  });

  it("keeps a string content a string when its text changes", () => {
    expect(setMessageText(threeMessages(), 0, "new").body.messages[0]).toEqual({
      role: "user",
      content: "new",
    });
  });

  it("turns the content into blocks when an image is added and keeps other blocks on edit", () => {
    const image = base64ImageBlock("image/png", "AAAA");
    const r = addMessageBlock(threeMessages(), 0, image);
    expect(r.body.messages[0]?.content).toEqual([{ type: "text", text: "a" }, image]);
    const edited = setMessageText(r, 0, "hello");
    expect(edited.body.messages[0]?.content).toEqual([{ type: "text", text: "hello" }, image]);
    expect(removeMessageBlock(edited, 0, 1).body.messages[0]?.content).toEqual([
      { type: "text", text: "hello" },
    ]);
  });

  it("drops a blank string when an image is added, and adds a text block first when typing", () => {
    const blank = setMessageText(threeMessages(), 0, "");
    const image = base64ImageBlock("image/gif", "R0lG");
    const r = addMessageBlock(blank, 0, image);
    expect(r.body.messages[0]?.content).toEqual([image]);
    expect(setMessageText(r, 0, "").body.messages[0]?.content).toEqual([image]);
    expect(setMessageText(r, 0, "hi").body.messages[0]?.content).toEqual([
      { type: "text", text: "hi" },
      image,
    ]);
  });
});

describe("parameters", () => {
  it("adds unique stop sequences and removes the field with the last one", () => {
    let r = addStopSequence(defaultRequest(), "END");
    r = addStopSequence(r, "END");
    r = addStopSequence(r, "");
    expect(r.body.stop_sequences).toEqual(["END"]);
    expect("stop_sequences" in removeStopSequence(r, 0).body).toBe(false);
  });

  it("switches thinking on with a budget and off by removing it", () => {
    const on = setThinking(defaultRequest(), true, 2048);
    expect(on.body.thinking).toEqual({ type: "enabled", budget_tokens: 2048 });
    expect("thinking" in setThinking(on, false).body).toBe(false);
  });

  it("adds and removes tools; removing the last also drops tool_choice", () => {
    let r = addTool(defaultRequest(), WEATHER_TOOL);
    expect(freshToolName(r, "get_weather")).toBe("get_weather_2");
    r = setToolChoice(r, { type: "tool", name: "get_weather" });
    const removed = removeTool(r, 0);
    expect("tools" in removed.body).toBe(false);
    expect("tool_choice" in removed.body).toBe(false);
  });

  it("adds trimmed unique betas and removes them", () => {
    let r = addBeta(defaultRequest(), " context-1m-2025-08-07 ");
    r = addBeta(r, "context-1m-2025-08-07");
    expect(r.betas).toEqual(["context-1m-2025-08-07"]);
    expect(removeBeta(r, "context-1m-2025-08-07").betas).toEqual([]);
  });
});
