import { describe, expect, it } from "vitest";
import { fromCsv, fromFile, fromJson, toCsv, toJson } from "@/lib/test-cases/test-case-files";
import { newTestCase, runPool } from "@/lib/test-cases/test-cases";

const awkward = [
  { city: 'He said "hi", then left', note: "line one\nline two", empty: "" },
  { city: "Zürich 🌍 東京", note: "a,b,c", empty: "" },
  { city: "", note: " spaced ", empty: "x" },
];

const values = (rows: { values: Record<string, string> }[]) => rows.map((row) => row.values);

/** What an import of these cities gives, whatever the ids of its new rows. */
const importedCities = (cities: string[]) => ({
  ok: true,
  rows: cities.map((city) => ({ id: expect.any(String), values: { city } })),
});

describe("test cases as CSV and JSON", () => {
  it("round-trips quotes, commas, newlines, unicode and empty cells through CSV", () => {
    const rows = awkward.map((v) => newTestCase(v));
    const csv = toCsv(["city", "note", "empty"], rows);
    expect(csv.split("\n")[0]).toBe("city,note,empty");
    expect(csv).toContain('"He said ""hi"", then left"');
    const back = fromCsv(csv);
    expect(back.ok && values(back.rows)).toEqual(awkward);
  });

  it("reads a CSV with a BOM and CRLF line ends", () => {
    const back = fromCsv('\uFEFFa,b\r\n1,"x\r\ny"\r\n,\r\n');
    expect(back.ok && values(back.rows)).toEqual([
      { a: "1", b: "x\r\ny" },
      { a: "", b: "" },
    ]);
  });

  it("reads a CSV of one column, which has no delimiter to detect", () => {
    const back = fromCsv('city\nOslo\n"Rome, Italy"\n\n"two\nlines"\n');
    expect(back.ok && values(back.rows)).toEqual([
      { city: "Oslo" },
      { city: "Rome, Italy" },
      { city: "two\nlines" },
    ]);
    const exported = toCsv(["city"], [newTestCase({ city: "Bern" })]);
    const again = fromCsv(exported);
    expect(again.ok && values(again.rows)).toEqual([{ city: "Bern" }]);
  });

  it("still tells apart a semicolon-separated CSV", () => {
    const back = fromCsv("a;b\n1;2\n");
    expect(back.ok && values(back.rows)).toEqual([{ a: "1", b: "2" }]);
  });

  it("explains a CSV it cannot use", () => {
    expect(fromCsv("")).toMatchObject({ ok: false });
    expect(fromCsv("a,b\n1,2,3\n")).toMatchObject({
      ok: false,
      error: expect.stringContaining("Row 1"),
    });
    expect(fromCsv('a\n"unclosed\n')).toMatchObject({ ok: false });
  });

  it("reads a file as JSON when it is named so or opens an array, else as CSV", () => {
    const json = '[{"city": "Oslo"}]';
    expect(fromFile("cases.JSON", ` ${json}`)).toEqual(importedCities(["Oslo"]));
    expect(fromFile("cases.txt", `\n  ${json}`)).toEqual(importedCities(["Oslo"]));
    expect(fromFile("cases.csv", "city\nOslo\nRome\n")).toEqual(importedCities(["Oslo", "Rome"]));
    // A CSV named .json is read as JSON, and says what JSON it wanted.
    expect(fromFile("cases.json", "city\nOslo\n")).toMatchObject({ ok: false });
  });

  it("round-trips JSON and turns numbers into text", () => {
    const rows = awkward.map((v) => newTestCase(v));
    const back = fromJson(toJson(["city", "note", "empty"], rows));
    expect(back.ok && values(back.rows)).toEqual(awkward);
    const numbers = fromJson('[{"n": 3, "b": true, "z": null}]');
    expect(numbers.ok && values(numbers.rows)).toEqual([{ n: "3", b: "true", z: "" }]);
    expect(fromJson('{"n": 1}')).toMatchObject({ ok: false });
    expect(fromJson('[{"n": {"deep": 1}}]')).toMatchObject({ ok: false });
    expect(fromJson("[")).toMatchObject({ ok: false });
  });
});

describe("runPool", () => {
  it("never runs more than the limit at once, runs every task, and stops on abort", async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const tasks = Array.from({ length: 9 }, (_, i) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      done.push(i);
    });
    await runPool(tasks, 3, new AbortController().signal);
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);

    const stop = new AbortController();
    const started: number[] = [];
    const stopping = Array.from({ length: 6 }, (_, i) => async () => {
      started.push(i);
      if (i === 1) stop.abort();
    });
    await runPool(stopping, 2, stop.signal);
    expect(started.length).toBeLessThan(6);
  });
});
