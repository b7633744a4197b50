import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  GhPagesStore,
  branchFolder
} from "./chunk-R54S24JP.js";
import "./chunk-COK7UBMR.js";
import "./chunk-Q7PTPT4K.js";
import "./chunk-QSE4L5OW.js";
export {
  GhPagesStore,
  branchFolder
};
