import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  GhPagesStore,
  branchFolder
} from "./chunk-E4KPMFF4.js";
import "./chunk-ETEVGZ4O.js";
import "./chunk-HKBUZB2F.js";
import "./chunk-QSE4L5OW.js";
export {
  GhPagesStore,
  branchFolder
};
