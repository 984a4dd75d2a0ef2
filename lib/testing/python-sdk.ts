import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The Python interpreter that has the official `anthropic` SDK: `PYTHON_SDK_PYTHON`, or the
 * project's .venv made by scripts/ensure-python-sdk.sh. Fails loudly rather than skipping.
 */
export function pythonWithSdk(): string {
  const fromEnv = process.env.PYTHON_SDK_PYTHON;
  if (fromEnv) return fromEnv;
  const venv = path.resolve(__dirname, "../../.venv/bin/python");
  if (existsSync(venv)) return venv;
  throw new Error(
    "No Python with the anthropic SDK: run `bash scripts/ensure-python-sdk.sh` first.",
  );
}
