import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  GhPagesStore,
  branchFolder
} from "./chunk-LSYFPEDM.js";
import "./chunk-OYPC6RFL.js";
import "./chunk-3RQIDRFK.js";
import "./chunk-QSE4L5OW.js";
export {
  GhPagesStore,
  branchFolder
};
