/**
 * `--profile none|FILE`, as `npm run extract` and `npm run explain` take it: the conflict profile to read
 * with (data/conflict.yaml when the option is absent), another war's file, or none for any war.
 */
import {existsSync, statSync} from "node:fs";
import {resolve} from "node:path";
import {useProfile} from "../../loaders/extract/profile.ts";

/** The problem with a `--profile` value, or null when it names a file or says none. */
export function profileProblem(value: string | undefined): string | null {
  return value === "none" || (!!value && existsSync(value) && statSync(value).isFile()) ? null : `the profile '${value ?? ""}' is not a file (or say --profile none)`;
}

/** Reads with the profile a valid `--profile` value names. */
export const applyProfile = (value: string) => useProfile(value === "none" ? null : resolve(value));
