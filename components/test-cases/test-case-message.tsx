/** A line the workspace says after an import or a refused run. */
export interface TestCaseNotice {
  tone: "error" | "info";
  text: string;
}

/** An error is an alert; anything else is a status, read out without interrupting. */
export function TestCaseMessage({ notice }: { notice: TestCaseNotice | null }) {
  if (!notice) return null;
  return (
    <p
      role={notice.tone === "error" ? "alert" : "status"}
      className={`text-sm ${notice.tone === "error" ? "text-danger" : "text-fg-secondary"}`}
    >
      {notice.text}
    </p>
  );
}
