import type { VariableValues } from "@/lib/test-cases/variables";

/** The request's `{{variables}}`, each with the selected test case's value or a warning. */
export function VariablesList({
  variables,
  values,
}: {
  variables: readonly string[];
  values: VariableValues;
}) {
  return (
    <section aria-label="Variables" className="space-y-1">
      <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">Variables</h3>
      {variables.length === 0 ? (
        <p className="text-sm text-fg-muted">
          Write <code className="font-mono">{"{{name}}"}</code> in the system prompt or a message to
          make a variable.
        </p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          {variables.map((name) => (
            <div key={name} className="contents">
              <dt className="font-mono">{`{{${name}}}`}</dt>
              <dd className={values[name] ? "truncate" : "text-danger"}>
                {values[name] || "no value"}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
