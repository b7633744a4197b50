import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  GhPagesStore,
  branchFolder
} from "./chunk-2IL2IDGB.js";
import "./chunk-ETEVGZ4O.js";
import "./chunk-5JSYDEHG.js";
import "./chunk-QSE4L5OW.js";
export {
  GhPagesStore,
  branchFolder
};
