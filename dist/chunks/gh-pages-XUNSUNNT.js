import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  GhPagesStore,
  branchFolder
} from "./chunk-SB7GUXNG.js";
import "./chunk-ETEVGZ4O.js";
import "./chunk-EHENGHNT.js";
import "./chunk-QSE4L5OW.js";
export {
  GhPagesStore,
  branchFolder
};
