import "server-only";
import type { TObjectStore } from "./object-store";
import { createFsStore } from "./fs-store";

// The store the app uses: a folder named by STORAGE_DIR (default ./storage, git-ignored,
// outside public/). An S3-compatible store would be chosen here by its own variables.
export function getObjectStore(): TObjectStore {
  return createFsStore(process.env.STORAGE_DIR || "storage");
}
