import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  LocalDirectoryStore,
  XMLParser
} from "./chunk-X7CKTBUR.js";
import {
  CommandStartError,
  ConfigError,
  Git,
  HistoryReadError,
  InputError,
  checkRef,
  errorMessage,
  execute,
  executeShell,
  gitOutput,
  onCleanup
} from "./chunk-COK7UBMR.js";
import {
  HistoryWriteDenied,
  benchmarkKey,
  benchmarkSetHash,
  describeSchemaError,
  flagEntries,
  lazyValidator,
  maxOf,
  minOf,
  pushAll,
  testbedOf,
  trendHash
} from "./chunk-Q7PTPT4K.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QSE4L5OW.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch5 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch5(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch2 of fns) {
            const state2 = isMatch2(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch5.compileRe(glob, options) : picomatch5.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch5(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch: isMatch2, match, output } = picomatch5.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch: isMatch2 };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch2 === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch5.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch5.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch5.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch5.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch5.isMatch = (str, patterns, options) => picomatch5(patterns, options)(str);
    picomatch5.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch5.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch5.scan = (input, options) => scan(input, options);
    picomatch5.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch5.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch5.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch5.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch5.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch5.constants = constants;
    module.exports = picomatch5;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch5(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch5, pico);
    module.exports = picomatch5;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages2) {
      if (logLevel === "debug")
        console.log(...messages2);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/jstat/dist/jstat.js
var require_jstat = __commonJS({
  "node_modules/jstat/dist/jstat.js"(exports, module) {
    (function(window, factory) {
      if (typeof exports === "object") {
        module.exports = factory();
      } else if (typeof define === "function" && define.amd) {
        define(factory);
      } else {
        window.jStat = factory();
      }
    })(exports, function() {
      var jStat2 = (function(Math2, undefined2) {
        var concat = Array.prototype.concat;
        var slice = Array.prototype.slice;
        var toString = Object.prototype.toString;
        function calcRdx(n, m) {
          var val = n > m ? n : m;
          return Math2.pow(
            10,
            17 - ~~(Math2.log(val > 0 ? val : -val) * Math2.LOG10E)
          );
        }
        var isArray = Array.isArray || function isArray2(arg) {
          return toString.call(arg) === "[object Array]";
        };
        function isFunction(arg) {
          return toString.call(arg) === "[object Function]";
        }
        function isNumber(num) {
          return typeof num === "number" ? num - num === 0 : false;
        }
        function toVector(arr) {
          return concat.apply([], arr);
        }
        function jStat3() {
          return new jStat3._init(arguments);
        }
        jStat3.fn = jStat3.prototype;
        jStat3._init = function _init(args) {
          if (isArray(args[0])) {
            if (isArray(args[0][0])) {
              if (isFunction(args[1]))
                args[0] = jStat3.map(args[0], args[1]);
              for (var i = 0; i < args[0].length; i++)
                this[i] = args[0][i];
              this.length = args[0].length;
            } else {
              this[0] = isFunction(args[1]) ? jStat3.map(args[0], args[1]) : args[0];
              this.length = 1;
            }
          } else if (isNumber(args[0])) {
            this[0] = jStat3.seq.apply(null, args);
            this.length = 1;
          } else if (args[0] instanceof jStat3) {
            return jStat3(args[0].toArray());
          } else {
            this[0] = [];
            this.length = 1;
          }
          return this;
        };
        jStat3._init.prototype = jStat3.prototype;
        jStat3._init.constructor = jStat3;
        jStat3.utils = {
          calcRdx,
          isArray,
          isFunction,
          isNumber,
          toVector
        };
        jStat3._random_fn = Math2.random;
        jStat3.setRandom = function setRandom(fn) {
          if (typeof fn !== "function")
            throw new TypeError("fn is not a function");
          jStat3._random_fn = fn;
        };
        jStat3.extend = function extend(obj) {
          var i, j;
          if (arguments.length === 1) {
            for (j in obj)
              jStat3[j] = obj[j];
            return this;
          }
          for (i = 1; i < arguments.length; i++) {
            for (j in arguments[i])
              obj[j] = arguments[i][j];
          }
          return obj;
        };
        jStat3.rows = function rows(arr) {
          return arr.length || 1;
        };
        jStat3.cols = function cols(arr) {
          return arr[0].length || 1;
        };
        jStat3.dimensions = function dimensions(arr) {
          return {
            rows: jStat3.rows(arr),
            cols: jStat3.cols(arr)
          };
        };
        jStat3.row = function row(arr, index) {
          if (isArray(index)) {
            return index.map(function(i) {
              return jStat3.row(arr, i);
            });
          }
          return arr[index];
        };
        jStat3.rowa = function rowa(arr, i) {
          return jStat3.row(arr, i);
        };
        jStat3.col = function col(arr, index) {
          if (isArray(index)) {
            var submat = jStat3.arange(arr.length).map(function() {
              return new Array(index.length);
            });
            index.forEach(function(ind, i2) {
              jStat3.arange(arr.length).forEach(function(j) {
                submat[j][i2] = arr[j][ind];
              });
            });
            return submat;
          }
          var column = new Array(arr.length);
          for (var i = 0; i < arr.length; i++)
            column[i] = [arr[i][index]];
          return column;
        };
        jStat3.cola = function cola(arr, i) {
          return jStat3.col(arr, i).map(function(a) {
            return a[0];
          });
        };
        jStat3.diag = function diag(arr) {
          var nrow = jStat3.rows(arr);
          var res = new Array(nrow);
          for (var row = 0; row < nrow; row++)
            res[row] = [arr[row][row]];
          return res;
        };
        jStat3.antidiag = function antidiag(arr) {
          var nrow = jStat3.rows(arr) - 1;
          var res = new Array(nrow);
          for (var i = 0; nrow >= 0; nrow--, i++)
            res[i] = [arr[i][nrow]];
          return res;
        };
        jStat3.transpose = function transpose(arr) {
          var obj = [];
          var objArr, rows, cols, j, i;
          if (!isArray(arr[0]))
            arr = [arr];
          rows = arr.length;
          cols = arr[0].length;
          for (i = 0; i < cols; i++) {
            objArr = new Array(rows);
            for (j = 0; j < rows; j++)
              objArr[j] = arr[j][i];
            obj.push(objArr);
          }
          return obj.length === 1 ? obj[0] : obj;
        };
        jStat3.map = function map(arr, func, toAlter) {
          var row, nrow, ncol, res, col;
          if (!isArray(arr[0]))
            arr = [arr];
          nrow = arr.length;
          ncol = arr[0].length;
          res = toAlter ? arr : new Array(nrow);
          for (row = 0; row < nrow; row++) {
            if (!res[row])
              res[row] = new Array(ncol);
            for (col = 0; col < ncol; col++)
              res[row][col] = func(arr[row][col], row, col);
          }
          return res.length === 1 ? res[0] : res;
        };
        jStat3.cumreduce = function cumreduce(arr, func, toAlter) {
          var row, nrow, ncol, res, col;
          if (!isArray(arr[0]))
            arr = [arr];
          nrow = arr.length;
          ncol = arr[0].length;
          res = toAlter ? arr : new Array(nrow);
          for (row = 0; row < nrow; row++) {
            if (!res[row])
              res[row] = new Array(ncol);
            if (ncol > 0)
              res[row][0] = arr[row][0];
            for (col = 1; col < ncol; col++)
              res[row][col] = func(res[row][col - 1], arr[row][col]);
          }
          return res.length === 1 ? res[0] : res;
        };
        jStat3.alter = function alter(arr, func) {
          return jStat3.map(arr, func, true);
        };
        jStat3.create = function create(rows, cols, func) {
          var res = new Array(rows);
          var i, j;
          if (isFunction(cols)) {
            func = cols;
            cols = rows;
          }
          for (i = 0; i < rows; i++) {
            res[i] = new Array(cols);
            for (j = 0; j < cols; j++)
              res[i][j] = func(i, j);
          }
          return res;
        };
        function retZero() {
          return 0;
        }
        jStat3.zeros = function zeros(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, retZero);
        };
        function retOne() {
          return 1;
        }
        jStat3.ones = function ones(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, retOne);
        };
        jStat3.rand = function rand(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, jStat3._random_fn);
        };
        function retIdent(i, j) {
          return i === j ? 1 : 0;
        }
        jStat3.identity = function identity(rows, cols) {
          if (!isNumber(cols))
            cols = rows;
          return jStat3.create(rows, cols, retIdent);
        };
        jStat3.symmetric = function symmetric(arr) {
          var size = arr.length;
          var row, col;
          if (arr.length !== arr[0].length)
            return false;
          for (row = 0; row < size; row++) {
            for (col = 0; col < size; col++)
              if (arr[col][row] !== arr[row][col])
                return false;
          }
          return true;
        };
        jStat3.clear = function clear(arr) {
          return jStat3.alter(arr, retZero);
        };
        jStat3.seq = function seq(min, max, length, func) {
          if (!isFunction(func))
            func = false;
          var arr = [];
          var hival = calcRdx(min, max);
          var step = (max * hival - min * hival) / ((length - 1) * hival);
          var current = min;
          var cnt;
          for (cnt = 0; current <= max && cnt < length; cnt++, current = (min * hival + step * hival * cnt) / hival) {
            arr.push(func ? func(current, cnt) : current);
          }
          return arr;
        };
        jStat3.arange = function arange(start, end, step) {
          var rl = [];
          var i;
          step = step || 1;
          if (end === undefined2) {
            end = start;
            start = 0;
          }
          if (start === end || step === 0) {
            return [];
          }
          if (start < end && step < 0) {
            return [];
          }
          if (start > end && step > 0) {
            return [];
          }
          if (step > 0) {
            for (i = start; i < end; i += step) {
              rl.push(i);
            }
          } else {
            for (i = start; i > end; i += step) {
              rl.push(i);
            }
          }
          return rl;
        };
        jStat3.slice = /* @__PURE__ */ (function() {
          function _slice(list, start, end, step) {
            var i;
            var rl = [];
            var length = list.length;
            if (start === undefined2 && end === undefined2 && step === undefined2) {
              return jStat3.copy(list);
            }
            start = start || 0;
            end = end || list.length;
            start = start >= 0 ? start : length + start;
            end = end >= 0 ? end : length + end;
            step = step || 1;
            if (start === end || step === 0) {
              return [];
            }
            if (start < end && step < 0) {
              return [];
            }
            if (start > end && step > 0) {
              return [];
            }
            if (step > 0) {
              for (i = start; i < end; i += step) {
                rl.push(list[i]);
              }
            } else {
              for (i = start; i > end; i += step) {
                rl.push(list[i]);
              }
            }
            return rl;
          }
          function slice2(list, rcSlice) {
            var colSlice, rowSlice;
            rcSlice = rcSlice || {};
            if (isNumber(rcSlice.row)) {
              if (isNumber(rcSlice.col))
                return list[rcSlice.row][rcSlice.col];
              var row = jStat3.rowa(list, rcSlice.row);
              colSlice = rcSlice.col || {};
              return _slice(row, colSlice.start, colSlice.end, colSlice.step);
            }
            if (isNumber(rcSlice.col)) {
              var col = jStat3.cola(list, rcSlice.col);
              rowSlice = rcSlice.row || {};
              return _slice(col, rowSlice.start, rowSlice.end, rowSlice.step);
            }
            rowSlice = rcSlice.row || {};
            colSlice = rcSlice.col || {};
            var rows = _slice(list, rowSlice.start, rowSlice.end, rowSlice.step);
            return rows.map(function(row2) {
              return _slice(row2, colSlice.start, colSlice.end, colSlice.step);
            });
          }
          return slice2;
        })();
        jStat3.sliceAssign = function sliceAssign(A, rcSlice, B) {
          var nl, ml;
          if (isNumber(rcSlice.row)) {
            if (isNumber(rcSlice.col))
              return A[rcSlice.row][rcSlice.col] = B;
            rcSlice.col = rcSlice.col || {};
            rcSlice.col.start = rcSlice.col.start || 0;
            rcSlice.col.end = rcSlice.col.end || A[0].length;
            rcSlice.col.step = rcSlice.col.step || 1;
            nl = jStat3.arange(
              rcSlice.col.start,
              Math2.min(A.length, rcSlice.col.end),
              rcSlice.col.step
            );
            var m = rcSlice.row;
            nl.forEach(function(n2, i) {
              A[m][n2] = B[i];
            });
            return A;
          }
          if (isNumber(rcSlice.col)) {
            rcSlice.row = rcSlice.row || {};
            rcSlice.row.start = rcSlice.row.start || 0;
            rcSlice.row.end = rcSlice.row.end || A.length;
            rcSlice.row.step = rcSlice.row.step || 1;
            ml = jStat3.arange(
              rcSlice.row.start,
              Math2.min(A[0].length, rcSlice.row.end),
              rcSlice.row.step
            );
            var n = rcSlice.col;
            ml.forEach(function(m2, j) {
              A[m2][n] = B[j];
            });
            return A;
          }
          if (B[0].length === undefined2) {
            B = [B];
          }
          rcSlice.row.start = rcSlice.row.start || 0;
          rcSlice.row.end = rcSlice.row.end || A.length;
          rcSlice.row.step = rcSlice.row.step || 1;
          rcSlice.col.start = rcSlice.col.start || 0;
          rcSlice.col.end = rcSlice.col.end || A[0].length;
          rcSlice.col.step = rcSlice.col.step || 1;
          ml = jStat3.arange(
            rcSlice.row.start,
            Math2.min(A.length, rcSlice.row.end),
            rcSlice.row.step
          );
          nl = jStat3.arange(
            rcSlice.col.start,
            Math2.min(A[0].length, rcSlice.col.end),
            rcSlice.col.step
          );
          ml.forEach(function(m2, i) {
            nl.forEach(function(n2, j) {
              A[m2][n2] = B[i][j];
            });
          });
          return A;
        };
        jStat3.diagonal = function diagonal(diagArray) {
          var mat = jStat3.zeros(diagArray.length, diagArray.length);
          diagArray.forEach(function(t, i) {
            mat[i][i] = t;
          });
          return mat;
        };
        jStat3.copy = function copy(A) {
          return A.map(function(row) {
            if (isNumber(row))
              return row;
            return row.map(function(t) {
              return t;
            });
          });
        };
        var jProto = jStat3.prototype;
        jProto.length = 0;
        jProto.push = Array.prototype.push;
        jProto.sort = Array.prototype.sort;
        jProto.splice = Array.prototype.splice;
        jProto.slice = Array.prototype.slice;
        jProto.toArray = function toArray() {
          return this.length > 1 ? slice.call(this) : slice.call(this)[0];
        };
        jProto.map = function map(func, toAlter) {
          return jStat3(jStat3.map(this, func, toAlter));
        };
        jProto.cumreduce = function cumreduce(func, toAlter) {
          return jStat3(jStat3.cumreduce(this, func, toAlter));
        };
        jProto.alter = function alter(func) {
          jStat3.alter(this, func);
          return this;
        };
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(func) {
              var self = this, results;
              if (func) {
                setTimeout(function() {
                  func.call(self, jProto[passfunc].call(self));
                });
                return this;
              }
              results = jStat3[passfunc](this);
              return isArray(results) ? jStat3(results) : results;
            };
          })(funcs[i]);
        })("transpose clear symmetric rows cols dimensions diag antidiag".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(index, func) {
              var self = this;
              if (func) {
                setTimeout(function() {
                  func.call(self, jProto[passfunc].call(self, index));
                });
                return this;
              }
              return jStat3(jStat3[passfunc](this, index));
            };
          })(funcs[i]);
        })("row col".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function() {
              return jStat3(jStat3[passfunc].apply(null, arguments));
            };
          })(funcs[i]);
        })("create zeros ones rand identity".split(" "));
        return jStat3;
      })(Math);
      (function(jStat3, Math2) {
        var isFunction = jStat3.utils.isFunction;
        function ascNum(a, b) {
          return a - b;
        }
        function clip(arg, min, max) {
          return Math2.max(min, Math2.min(arg, max));
        }
        jStat3.sum = function sum(arr) {
          var sum2 = 0;
          var i = arr.length;
          while (--i >= 0)
            sum2 += arr[i];
          return sum2;
        };
        jStat3.sumsqrd = function sumsqrd(arr) {
          var sum = 0;
          var i = arr.length;
          while (--i >= 0)
            sum += arr[i] * arr[i];
          return sum;
        };
        jStat3.sumsqerr = function sumsqerr(arr) {
          var mean2 = jStat3.mean(arr);
          var sum = 0;
          var i = arr.length;
          var tmp;
          while (--i >= 0) {
            tmp = arr[i] - mean2;
            sum += tmp * tmp;
          }
          return sum;
        };
        jStat3.sumrow = function sumrow(arr) {
          var sum = 0;
          var i = arr.length;
          while (--i >= 0)
            sum += arr[i];
          return sum;
        };
        jStat3.product = function product(arr) {
          var prod = 1;
          var i = arr.length;
          while (--i >= 0)
            prod *= arr[i];
          return prod;
        };
        jStat3.min = function min(arr) {
          var low = arr[0];
          var i = 0;
          while (++i < arr.length)
            if (arr[i] < low)
              low = arr[i];
          return low;
        };
        jStat3.max = function max(arr) {
          var high = arr[0];
          var i = 0;
          while (++i < arr.length)
            if (arr[i] > high)
              high = arr[i];
          return high;
        };
        jStat3.unique = function unique(arr) {
          var hash = {}, _arr = [];
          for (var i = 0; i < arr.length; i++) {
            if (!hash[arr[i]]) {
              hash[arr[i]] = true;
              _arr.push(arr[i]);
            }
          }
          return _arr;
        };
        jStat3.mean = function mean2(arr) {
          return jStat3.sum(arr) / arr.length;
        };
        jStat3.meansqerr = function meansqerr(arr) {
          return jStat3.sumsqerr(arr) / arr.length;
        };
        jStat3.geomean = function geomean(arr) {
          var logs = arr.map(Math2.log);
          var meanOfLogs = jStat3.mean(logs);
          return Math2.exp(meanOfLogs);
        };
        jStat3.median = function median2(arr) {
          var arrlen = arr.length;
          var _arr = arr.slice().sort(ascNum);
          return !(arrlen & 1) ? (_arr[arrlen / 2 - 1] + _arr[arrlen / 2]) / 2 : _arr[arrlen / 2 | 0];
        };
        jStat3.cumsum = function cumsum(arr) {
          return jStat3.cumreduce(arr, function(a, b) {
            return a + b;
          });
        };
        jStat3.cumprod = function cumprod(arr) {
          return jStat3.cumreduce(arr, function(a, b) {
            return a * b;
          });
        };
        jStat3.diff = function diff(arr) {
          var diffs = [];
          var arrLen = arr.length;
          var i;
          for (i = 1; i < arrLen; i++)
            diffs.push(arr[i] - arr[i - 1]);
          return diffs;
        };
        jStat3.rank = function(arr) {
          var i;
          var distinctNumbers = [];
          var numberCounts = {};
          for (i = 0; i < arr.length; i++) {
            var number = arr[i];
            if (numberCounts[number]) {
              numberCounts[number]++;
            } else {
              numberCounts[number] = 1;
              distinctNumbers.push(number);
            }
          }
          var sortedDistinctNumbers = distinctNumbers.sort(ascNum);
          var numberRanks = {};
          var currentRank = 1;
          for (i = 0; i < sortedDistinctNumbers.length; i++) {
            var number = sortedDistinctNumbers[i];
            var count = numberCounts[number];
            var first = currentRank;
            var last = currentRank + count - 1;
            var rank = (first + last) / 2;
            numberRanks[number] = rank;
            currentRank += count;
          }
          return arr.map(function(number2) {
            return numberRanks[number2];
          });
        };
        jStat3.mode = function mode(arr) {
          var arrLen = arr.length;
          var _arr = arr.slice().sort(ascNum);
          var count = 1;
          var maxCount = 0;
          var numMaxCount = 0;
          var mode_arr = [];
          var i;
          for (i = 0; i < arrLen; i++) {
            if (_arr[i] === _arr[i + 1]) {
              count++;
            } else {
              if (count > maxCount) {
                mode_arr = [_arr[i]];
                maxCount = count;
                numMaxCount = 0;
              } else if (count === maxCount) {
                mode_arr.push(_arr[i]);
                numMaxCount++;
              }
              count = 1;
            }
          }
          return numMaxCount === 0 ? mode_arr[0] : mode_arr;
        };
        jStat3.range = function range(arr) {
          return jStat3.max(arr) - jStat3.min(arr);
        };
        jStat3.variance = function variance2(arr, flag) {
          return jStat3.sumsqerr(arr) / (arr.length - (flag ? 1 : 0));
        };
        jStat3.pooledvariance = function pooledvariance(arr) {
          var sumsqerr = arr.reduce(function(a, samples) {
            return a + jStat3.sumsqerr(samples);
          }, 0);
          var count = arr.reduce(function(a, samples) {
            return a + samples.length;
          }, 0);
          return sumsqerr / (count - arr.length);
        };
        jStat3.deviation = function(arr) {
          var mean2 = jStat3.mean(arr);
          var arrlen = arr.length;
          var dev = new Array(arrlen);
          for (var i = 0; i < arrlen; i++) {
            dev[i] = arr[i] - mean2;
          }
          return dev;
        };
        jStat3.stdev = function stdev(arr, flag) {
          return Math2.sqrt(jStat3.variance(arr, flag));
        };
        jStat3.pooledstdev = function pooledstdev(arr) {
          return Math2.sqrt(jStat3.pooledvariance(arr));
        };
        jStat3.meandev = function meandev(arr) {
          var mean2 = jStat3.mean(arr);
          var a = [];
          for (var i = arr.length - 1; i >= 0; i--) {
            a.push(Math2.abs(arr[i] - mean2));
          }
          return jStat3.mean(a);
        };
        jStat3.meddev = function meddev(arr) {
          var median2 = jStat3.median(arr);
          var a = [];
          for (var i = arr.length - 1; i >= 0; i--) {
            a.push(Math2.abs(arr[i] - median2));
          }
          return jStat3.median(a);
        };
        jStat3.coeffvar = function coeffvar(arr) {
          return jStat3.stdev(arr) / jStat3.mean(arr);
        };
        jStat3.quartiles = function quartiles(arr) {
          var arrlen = arr.length;
          var _arr = arr.slice().sort(ascNum);
          return [
            _arr[Math2.round(arrlen / 4) - 1],
            _arr[Math2.round(arrlen / 2) - 1],
            _arr[Math2.round(arrlen * 3 / 4) - 1]
          ];
        };
        jStat3.quantiles = function quantiles(arr, quantilesArray, alphap, betap) {
          var sortedArray = arr.slice().sort(ascNum);
          var quantileVals = [quantilesArray.length];
          var n = arr.length;
          var i, p, m, aleph, k, gamma;
          if (typeof alphap === "undefined")
            alphap = 3 / 8;
          if (typeof betap === "undefined")
            betap = 3 / 8;
          for (i = 0; i < quantilesArray.length; i++) {
            p = quantilesArray[i];
            m = alphap + p * (1 - alphap - betap);
            aleph = n * p + m;
            k = Math2.floor(clip(aleph, 1, n - 1));
            gamma = clip(aleph - k, 0, 1);
            quantileVals[i] = (1 - gamma) * sortedArray[k - 1] + gamma * sortedArray[k];
          }
          return quantileVals;
        };
        jStat3.percentile = function percentile(arr, k, exclusive) {
          var _arr = arr.slice().sort(ascNum);
          var realIndex = k * (_arr.length + (exclusive ? 1 : -1)) + (exclusive ? 0 : 1);
          var index = parseInt(realIndex);
          var frac = realIndex - index;
          if (index + 1 < _arr.length) {
            return _arr[index - 1] + frac * (_arr[index] - _arr[index - 1]);
          } else {
            return _arr[index - 1];
          }
        };
        jStat3.percentileOfScore = function percentileOfScore(arr, score, kind) {
          var counter = 0;
          var len = arr.length;
          var strict = false;
          var value, i;
          if (kind === "strict")
            strict = true;
          for (i = 0; i < len; i++) {
            value = arr[i];
            if (strict && value < score || !strict && value <= score) {
              counter++;
            }
          }
          return counter / len;
        };
        jStat3.histogram = function histogram(arr, binCnt) {
          binCnt = binCnt || 4;
          var first = jStat3.min(arr);
          var binWidth = (jStat3.max(arr) - first) / binCnt;
          var len = arr.length;
          var bins = [];
          var i;
          for (i = 0; i < binCnt; i++)
            bins[i] = 0;
          for (i = 0; i < len; i++)
            bins[Math2.min(Math2.floor((arr[i] - first) / binWidth), binCnt - 1)] += 1;
          return bins;
        };
        jStat3.covariance = function covariance(arr1, arr2) {
          var u = jStat3.mean(arr1);
          var v = jStat3.mean(arr2);
          var arr1Len = arr1.length;
          var sq_dev = new Array(arr1Len);
          var i;
          for (i = 0; i < arr1Len; i++)
            sq_dev[i] = (arr1[i] - u) * (arr2[i] - v);
          return jStat3.sum(sq_dev) / (arr1Len - 1);
        };
        jStat3.corrcoeff = function corrcoeff(arr1, arr2) {
          return jStat3.covariance(arr1, arr2) / jStat3.stdev(arr1, 1) / jStat3.stdev(arr2, 1);
        };
        jStat3.spearmancoeff = function(arr1, arr2) {
          arr1 = jStat3.rank(arr1);
          arr2 = jStat3.rank(arr2);
          return jStat3.corrcoeff(arr1, arr2);
        };
        jStat3.stanMoment = function stanMoment(arr, n) {
          var mu = jStat3.mean(arr);
          var sigma = jStat3.stdev(arr);
          var len = arr.length;
          var skewSum = 0;
          for (var i = 0; i < len; i++)
            skewSum += Math2.pow((arr[i] - mu) / sigma, n);
          return skewSum / arr.length;
        };
        jStat3.skewness = function skewness(arr) {
          return jStat3.stanMoment(arr, 3);
        };
        jStat3.kurtosis = function kurtosis(arr) {
          return jStat3.stanMoment(arr, 4) - 3;
        };
        var jProto = jStat3.prototype;
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(fullbool, func) {
              var arr = [];
              var i2 = 0;
              var tmpthis = this;
              if (isFunction(fullbool)) {
                func = fullbool;
                fullbool = false;
              }
              if (func) {
                setTimeout(function() {
                  func.call(tmpthis, jProto[passfunc].call(tmpthis, fullbool));
                });
                return this;
              }
              if (this.length > 1) {
                tmpthis = fullbool === true ? this : this.transpose();
                for (; i2 < tmpthis.length; i2++)
                  arr[i2] = jStat3[passfunc](tmpthis[i2]);
                return arr;
              }
              return jStat3[passfunc](this[0], fullbool);
            };
          })(funcs[i]);
        })("cumsum cumprod".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function(fullbool, func) {
              var arr = [];
              var i2 = 0;
              var tmpthis = this;
              if (isFunction(fullbool)) {
                func = fullbool;
                fullbool = false;
              }
              if (func) {
                setTimeout(function() {
                  func.call(tmpthis, jProto[passfunc].call(tmpthis, fullbool));
                });
                return this;
              }
              if (this.length > 1) {
                if (passfunc !== "sumrow")
                  tmpthis = fullbool === true ? this : this.transpose();
                for (; i2 < tmpthis.length; i2++)
                  arr[i2] = jStat3[passfunc](tmpthis[i2]);
                return fullbool === true ? jStat3[passfunc](jStat3.utils.toVector(arr)) : arr;
              }
              return jStat3[passfunc](this[0], fullbool);
            };
          })(funcs[i]);
        })("sum sumsqrd sumsqerr sumrow product min max unique mean meansqerr geomean median diff rank mode range variance deviation stdev meandev meddev coeffvar quartiles histogram skewness kurtosis".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jProto[passfunc] = function() {
              var arr = [];
              var i2 = 0;
              var tmpthis = this;
              var args = Array.prototype.slice.call(arguments);
              var callbackFunction;
              if (isFunction(args[args.length - 1])) {
                callbackFunction = args[args.length - 1];
                var argsToPass = args.slice(0, args.length - 1);
                setTimeout(function() {
                  callbackFunction.call(
                    tmpthis,
                    jProto[passfunc].apply(tmpthis, argsToPass)
                  );
                });
                return this;
              } else {
                callbackFunction = void 0;
                var curriedFunction = function curriedFunction2(vector) {
                  return jStat3[passfunc].apply(tmpthis, [vector].concat(args));
                };
              }
              if (this.length > 1) {
                tmpthis = tmpthis.transpose();
                for (; i2 < tmpthis.length; i2++)
                  arr[i2] = curriedFunction(tmpthis[i2]);
                return arr;
              }
              return curriedFunction(this[0]);
            };
          })(funcs[i]);
        })("quantiles percentileOfScore".split(" "));
      })(jStat2, Math);
      (function(jStat3, Math2) {
        jStat3.gammaln = function gammaln(x) {
          var j = 0;
          var cof = [
            76.18009172947146,
            -86.50532032941678,
            24.01409824083091,
            -1.231739572450155,
            0.001208650973866179,
            -5395239384953e-18
          ];
          var ser = 1.000000000190015;
          var xx, y, tmp;
          tmp = (y = xx = x) + 5.5;
          tmp -= (xx + 0.5) * Math2.log(tmp);
          for (; j < 6; j++)
            ser += cof[j] / ++y;
          return Math2.log(2.5066282746310007 * ser / xx) - tmp;
        };
        jStat3.loggam = function loggam(x) {
          var x0, x2, xp, gl, gl0;
          var k, n;
          var a = [
            0.08333333333333333,
            -0.002777777777777778,
            7936507936507937e-19,
            -5952380952380952e-19,
            8417508417508418e-19,
            -0.001917526917526918,
            0.00641025641025641,
            -0.02955065359477124,
            0.1796443723688307,
            -1.3924322169059
          ];
          x0 = x;
          n = 0;
          if (x == 1 || x == 2) {
            return 0;
          }
          if (x <= 7) {
            n = Math2.floor(7 - x);
            x0 = x + n;
          }
          x2 = 1 / (x0 * x0);
          xp = 2 * Math2.PI;
          gl0 = a[9];
          for (k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += a[k];
          }
          gl = gl0 / x0 + 0.5 * Math2.log(xp) + (x0 - 0.5) * Math2.log(x0) - x0;
          if (x <= 7) {
            for (k = 1; k <= n; k++) {
              gl -= Math2.log(x0 - 1);
              x0 -= 1;
            }
          }
          return gl;
        };
        jStat3.gammafn = function gammafn(x) {
          var p = [
            -1.716185138865495,
            24.76565080557592,
            -379.80425647094563,
            629.3311553128184,
            866.9662027904133,
            -31451.272968848367,
            -36144.413418691176,
            66456.14382024054
          ];
          var q = [
            -30.8402300119739,
            315.35062697960416,
            -1015.1563674902192,
            -3107.771671572311,
            22538.11842098015,
            4755.846277527881,
            -134659.9598649693,
            -115132.2596755535
          ];
          var fact = false;
          var n = 0;
          var xden = 0;
          var xnum = 0;
          var y = x;
          var i, z, yi, res;
          if (x > 171.6243769536076) {
            return Infinity;
          }
          if (y <= 0) {
            res = y % 1 + 36e-17;
            if (res) {
              fact = (!(y & 1) ? 1 : -1) * Math2.PI / Math2.sin(Math2.PI * res);
              y = 1 - y;
            } else {
              return Infinity;
            }
          }
          yi = y;
          if (y < 1) {
            z = y++;
          } else {
            z = (y -= n = (y | 0) - 1) - 1;
          }
          for (i = 0; i < 8; ++i) {
            xnum = (xnum + p[i]) * z;
            xden = xden * z + q[i];
          }
          res = xnum / xden + 1;
          if (yi < y) {
            res /= yi;
          } else if (yi > y) {
            for (i = 0; i < n; ++i) {
              res *= y;
              y++;
            }
          }
          if (fact) {
            res = fact / res;
          }
          return res;
        };
        jStat3.gammap = function gammap(a, x) {
          return jStat3.lowRegGamma(a, x) * jStat3.gammafn(a);
        };
        jStat3.lowRegGamma = function lowRegGamma(a, x) {
          var aln = jStat3.gammaln(a);
          var ap = a;
          var sum = 1 / a;
          var del = sum;
          var b = x + 1 - a;
          var c = 1 / 1e-30;
          var d = 1 / b;
          var h = d;
          var i = 1;
          var ITMAX = -~(Math2.log(a >= 1 ? a : 1 / a) * 8.5 + a * 0.4 + 17);
          var an;
          if (x < 0 || a <= 0) {
            return NaN;
          } else if (x < a + 1) {
            for (; i <= ITMAX; i++) {
              sum += del *= x / ++ap;
            }
            return sum * Math2.exp(-x + a * Math2.log(x) - aln);
          }
          for (; i <= ITMAX; i++) {
            an = -i * (i - a);
            b += 2;
            d = an * d + b;
            c = b + an / c;
            d = 1 / d;
            h *= d * c;
          }
          return 1 - h * Math2.exp(-x + a * Math2.log(x) - aln);
        };
        jStat3.factorialln = function factorialln(n) {
          return n < 0 ? NaN : jStat3.gammaln(n + 1);
        };
        jStat3.factorial = function factorial(n) {
          return n < 0 ? NaN : jStat3.gammafn(n + 1);
        };
        jStat3.combination = function combination(n, m) {
          return n > 170 || m > 170 ? Math2.exp(jStat3.combinationln(n, m)) : jStat3.factorial(n) / jStat3.factorial(m) / jStat3.factorial(n - m);
        };
        jStat3.combinationln = function combinationln(n, m) {
          return jStat3.factorialln(n) - jStat3.factorialln(m) - jStat3.factorialln(n - m);
        };
        jStat3.permutation = function permutation(n, m) {
          return jStat3.factorial(n) / jStat3.factorial(n - m);
        };
        jStat3.betafn = function betafn(x, y) {
          if (x <= 0 || y <= 0)
            return void 0;
          return x + y > 170 ? Math2.exp(jStat3.betaln(x, y)) : jStat3.gammafn(x) * jStat3.gammafn(y) / jStat3.gammafn(x + y);
        };
        jStat3.betaln = function betaln(x, y) {
          return jStat3.gammaln(x) + jStat3.gammaln(y) - jStat3.gammaln(x + y);
        };
        jStat3.betacf = function betacf(x, a, b) {
          var fpmin = 1e-30;
          var m = 1;
          var qab = a + b;
          var qap = a + 1;
          var qam = a - 1;
          var c = 1;
          var d = 1 - qab * x / qap;
          var m2, aa, del, h;
          if (Math2.abs(d) < fpmin)
            d = fpmin;
          d = 1 / d;
          h = d;
          for (; m <= 100; m++) {
            m2 = 2 * m;
            aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math2.abs(d) < fpmin)
              d = fpmin;
            c = 1 + aa / c;
            if (Math2.abs(c) < fpmin)
              c = fpmin;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math2.abs(d) < fpmin)
              d = fpmin;
            c = 1 + aa / c;
            if (Math2.abs(c) < fpmin)
              c = fpmin;
            d = 1 / d;
            del = d * c;
            h *= del;
            if (Math2.abs(del - 1) < 3e-7)
              break;
          }
          return h;
        };
        jStat3.gammapinv = function gammapinv(p, a) {
          var j = 0;
          var a1 = a - 1;
          var EPS3 = 1e-8;
          var gln = jStat3.gammaln(a);
          var x, err, t, u, pp, lna1, afac;
          if (p >= 1)
            return Math2.max(100, a + 100 * Math2.sqrt(a));
          if (p <= 0)
            return 0;
          if (a > 1) {
            lna1 = Math2.log(a1);
            afac = Math2.exp(a1 * (lna1 - 1) - gln);
            pp = p < 0.5 ? p : 1 - p;
            t = Math2.sqrt(-2 * Math2.log(pp));
            x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
            if (p < 0.5)
              x = -x;
            x = Math2.max(
              1e-3,
              a * Math2.pow(1 - 1 / (9 * a) - x / (3 * Math2.sqrt(a)), 3)
            );
          } else {
            t = 1 - a * (0.253 + a * 0.12);
            if (p < t)
              x = Math2.pow(p / t, 1 / a);
            else
              x = 1 - Math2.log(1 - (p - t) / (1 - t));
          }
          for (; j < 12; j++) {
            if (x <= 0)
              return 0;
            err = jStat3.lowRegGamma(a, x) - p;
            if (a > 1)
              t = afac * Math2.exp(-(x - a1) + a1 * (Math2.log(x) - lna1));
            else
              t = Math2.exp(-x + a1 * Math2.log(x) - gln);
            u = err / t;
            x -= t = u / (1 - 0.5 * Math2.min(1, u * ((a - 1) / x - 1)));
            if (x <= 0)
              x = 0.5 * (x + t);
            if (Math2.abs(t) < EPS3 * x)
              break;
          }
          return x;
        };
        jStat3.erf = function erf(x) {
          var cof = [
            -1.3026537197817094,
            0.6419697923564902,
            0.019476473204185836,
            -0.00956151478680863,
            -946595344482036e-18,
            366839497852761e-18,
            42523324806907e-18,
            -20278578112534e-18,
            -1624290004647e-18,
            130365583558e-17,
            15626441722e-18,
            -85238095915e-18,
            6529054439e-18,
            5059343495e-18,
            -991364156e-18,
            -227365122e-18,
            96467911e-18,
            2394038e-18,
            -6886027e-18,
            894487e-18,
            313092e-18,
            -112708e-18,
            381e-18,
            7106e-18,
            -1523e-18,
            -94e-18,
            121e-18,
            -28e-18
          ];
          var j = cof.length - 1;
          var isneg = false;
          var d = 0;
          var dd = 0;
          var t, ty, tmp, res;
          if (x < 0) {
            x = -x;
            isneg = true;
          }
          t = 2 / (2 + x);
          ty = 4 * t - 2;
          for (; j > 0; j--) {
            tmp = d;
            d = ty * d - dd + cof[j];
            dd = tmp;
          }
          res = t * Math2.exp(-x * x + 0.5 * (cof[0] + ty * d) - dd);
          return isneg ? res - 1 : 1 - res;
        };
        jStat3.erfc = function erfc(x) {
          return 1 - jStat3.erf(x);
        };
        jStat3.erfcinv = function erfcinv(p) {
          var j = 0;
          var x, err, t, pp;
          if (p >= 2)
            return -100;
          if (p <= 0)
            return 100;
          pp = p < 1 ? p : 2 - p;
          t = Math2.sqrt(-2 * Math2.log(pp / 2));
          x = -0.70711 * ((2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t);
          for (; j < 2; j++) {
            err = jStat3.erfc(x) - pp;
            x += err / (1.1283791670955126 * Math2.exp(-x * x) - x * err);
          }
          return p < 1 ? x : -x;
        };
        jStat3.ibetainv = function ibetainv(p, a, b) {
          var EPS3 = 1e-8;
          var a1 = a - 1;
          var b1 = b - 1;
          var j = 0;
          var lna, lnb, pp, t, u, err, x, al, h, w, afac;
          if (p <= 0)
            return 0;
          if (p >= 1)
            return 1;
          if (a >= 1 && b >= 1) {
            pp = p < 0.5 ? p : 1 - p;
            t = Math2.sqrt(-2 * Math2.log(pp));
            x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
            if (p < 0.5)
              x = -x;
            al = (x * x - 3) / 6;
            h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
            w = x * Math2.sqrt(al + h) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
            x = a / (a + b * Math2.exp(2 * w));
          } else {
            lna = Math2.log(a / (a + b));
            lnb = Math2.log(b / (a + b));
            t = Math2.exp(a * lna) / a;
            u = Math2.exp(b * lnb) / b;
            w = t + u;
            if (p < t / w)
              x = Math2.pow(a * w * p, 1 / a);
            else
              x = 1 - Math2.pow(b * w * (1 - p), 1 / b);
          }
          afac = -jStat3.gammaln(a) - jStat3.gammaln(b) + jStat3.gammaln(a + b);
          for (; j < 10; j++) {
            if (x === 0 || x === 1)
              return x;
            err = jStat3.ibeta(x, a, b) - p;
            t = Math2.exp(a1 * Math2.log(x) + b1 * Math2.log(1 - x) + afac);
            u = err / t;
            x -= t = u / (1 - 0.5 * Math2.min(1, u * (a1 / x - b1 / (1 - x))));
            if (x <= 0)
              x = 0.5 * (x + t);
            if (x >= 1)
              x = 0.5 * (x + t + 1);
            if (Math2.abs(t) < EPS3 * x && j > 0)
              break;
          }
          return x;
        };
        jStat3.ibeta = function ibeta(x, a, b) {
          var bt = x === 0 || x === 1 ? 0 : Math2.exp(jStat3.gammaln(a + b) - jStat3.gammaln(a) - jStat3.gammaln(b) + a * Math2.log(x) + b * Math2.log(1 - x));
          if (x < 0 || x > 1)
            return false;
          if (x < (a + 1) / (a + b + 2))
            return bt * jStat3.betacf(x, a, b) / a;
          return 1 - bt * jStat3.betacf(1 - x, b, a) / b;
        };
        jStat3.randn = function randn(n, m) {
          var u, v, x, y, q;
          if (!m)
            m = n;
          if (n)
            return jStat3.create(n, m, function() {
              return jStat3.randn();
            });
          do {
            u = jStat3._random_fn();
            v = 1.7156 * (jStat3._random_fn() - 0.5);
            x = u - 0.449871;
            y = Math2.abs(v) + 0.386595;
            q = x * x + y * (0.196 * y - 0.25472 * x);
          } while (q > 0.27597 && (q > 0.27846 || v * v > -4 * Math2.log(u) * u * u));
          return v / u;
        };
        jStat3.randg = function randg(shape, n, m) {
          var oalph = shape;
          var a1, a2, u, v, x, mat;
          if (!m)
            m = n;
          if (!shape)
            shape = 1;
          if (n) {
            mat = jStat3.zeros(n, m);
            mat.alter(function() {
              return jStat3.randg(shape);
            });
            return mat;
          }
          if (shape < 1)
            shape += 1;
          a1 = shape - 1 / 3;
          a2 = 1 / Math2.sqrt(9 * a1);
          do {
            do {
              x = jStat3.randn();
              v = 1 + a2 * x;
            } while (v <= 0);
            v = v * v * v;
            u = jStat3._random_fn();
          } while (u > 1 - 0.331 * Math2.pow(x, 4) && Math2.log(u) > 0.5 * x * x + a1 * (1 - v + Math2.log(v)));
          if (shape == oalph)
            return a1 * v;
          do {
            u = jStat3._random_fn();
          } while (u === 0);
          return Math2.pow(u, 1 / oalph) * a1 * v;
        };
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jStat3.fn[passfunc] = function() {
              return jStat3(
                jStat3.map(this, function(value) {
                  return jStat3[passfunc](value);
                })
              );
            };
          })(funcs[i]);
        })("gammaln gammafn factorial factorialln".split(" "));
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jStat3.fn[passfunc] = function() {
              return jStat3(jStat3[passfunc].apply(null, arguments));
            };
          })(funcs[i]);
        })("randn".split(" "));
      })(jStat2, Math);
      (function(jStat3, Math2) {
        (function(list) {
          for (var i = 0; i < list.length; i++) (function(func) {
            jStat3[func] = function f(a, b, c) {
              if (!(this instanceof f))
                return new f(a, b, c);
              this._a = a;
              this._b = b;
              this._c = c;
              return this;
            };
            jStat3.fn[func] = function(a, b, c) {
              var newthis = jStat3[func](a, b, c);
              newthis.data = this;
              return newthis;
            };
            jStat3[func].prototype.sample = function(arr) {
              var a = this._a;
              var b = this._b;
              var c = this._c;
              if (arr)
                return jStat3.alter(arr, function() {
                  return jStat3[func].sample(a, b, c);
                });
              else
                return jStat3[func].sample(a, b, c);
            };
            (function(vals) {
              for (var i2 = 0; i2 < vals.length; i2++) (function(fnfunc) {
                jStat3[func].prototype[fnfunc] = function(x) {
                  var a = this._a;
                  var b = this._b;
                  var c = this._c;
                  if (!x && x !== 0)
                    x = this.data;
                  if (typeof x !== "number") {
                    return jStat3.fn.map.call(x, function(x2) {
                      return jStat3[func][fnfunc](x2, a, b, c);
                    });
                  }
                  return jStat3[func][fnfunc](x, a, b, c);
                };
              })(vals[i2]);
            })("pdf cdf inv".split(" "));
            (function(vals) {
              for (var i2 = 0; i2 < vals.length; i2++) (function(fnfunc) {
                jStat3[func].prototype[fnfunc] = function() {
                  return jStat3[func][fnfunc](this._a, this._b, this._c);
                };
              })(vals[i2]);
            })("mean median mode variance".split(" "));
          })(list[i]);
        })("beta centralF cauchy chisquare exponential gamma invgamma kumaraswamy laplace lognormal noncentralt normal pareto studentt weibull uniform binomial negbin hypgeom poisson triangular tukey arcsine".split(" "));
        jStat3.extend(jStat3.beta, {
          pdf: function pdf(x, alpha, beta) {
            if (x > 1 || x < 0)
              return 0;
            if (alpha == 1 && beta == 1)
              return 1;
            if (alpha < 512 && beta < 512) {
              return Math2.pow(x, alpha - 1) * Math2.pow(1 - x, beta - 1) / jStat3.betafn(alpha, beta);
            } else {
              return Math2.exp((alpha - 1) * Math2.log(x) + (beta - 1) * Math2.log(1 - x) - jStat3.betaln(alpha, beta));
            }
          },
          cdf: function cdf(x, alpha, beta) {
            return x > 1 || x < 0 ? (x > 1) * 1 : jStat3.ibeta(x, alpha, beta);
          },
          inv: function inv(x, alpha, beta) {
            return jStat3.ibetainv(x, alpha, beta);
          },
          mean: function mean2(alpha, beta) {
            return alpha / (alpha + beta);
          },
          median: function median2(alpha, beta) {
            return jStat3.ibetainv(0.5, alpha, beta);
          },
          mode: function mode(alpha, beta) {
            return (alpha - 1) / (alpha + beta - 2);
          },
          // return a random sample
          sample: function sample(alpha, beta) {
            var u = jStat3.randg(alpha);
            return u / (u + jStat3.randg(beta));
          },
          variance: function variance2(alpha, beta) {
            return alpha * beta / (Math2.pow(alpha + beta, 2) * (alpha + beta + 1));
          }
        });
        jStat3.extend(jStat3.centralF, {
          // This implementation of the pdf function avoids float overflow
          // See the way that R calculates this value:
          // https://svn.r-project.org/R/trunk/src/nmath/df.c
          pdf: function pdf(x, df1, df2) {
            var p, q, f;
            if (x < 0)
              return 0;
            if (df1 <= 2) {
              if (x === 0 && df1 < 2) {
                return Infinity;
              }
              if (x === 0 && df1 === 2) {
                return 1;
              }
              return 1 / jStat3.betafn(df1 / 2, df2 / 2) * Math2.pow(df1 / df2, df1 / 2) * Math2.pow(x, df1 / 2 - 1) * Math2.pow(1 + df1 / df2 * x, -(df1 + df2) / 2);
            }
            p = df1 * x / (df2 + x * df1);
            q = df2 / (df2 + x * df1);
            f = df1 * q / 2;
            return f * jStat3.binomial.pdf((df1 - 2) / 2, (df1 + df2 - 2) / 2, p);
          },
          cdf: function cdf(x, df1, df2) {
            if (x < 0)
              return 0;
            return jStat3.ibeta(df1 * x / (df1 * x + df2), df1 / 2, df2 / 2);
          },
          inv: function inv(x, df1, df2) {
            return df2 / (df1 * (1 / jStat3.ibetainv(x, df1 / 2, df2 / 2) - 1));
          },
          mean: function mean2(df1, df2) {
            return df2 > 2 ? df2 / (df2 - 2) : void 0;
          },
          mode: function mode(df1, df2) {
            return df1 > 2 ? df2 * (df1 - 2) / (df1 * (df2 + 2)) : void 0;
          },
          // return a random sample
          sample: function sample(df1, df2) {
            var x1 = jStat3.randg(df1 / 2) * 2;
            var x2 = jStat3.randg(df2 / 2) * 2;
            return x1 / df1 / (x2 / df2);
          },
          variance: function variance2(df1, df2) {
            if (df2 <= 4)
              return void 0;
            return 2 * df2 * df2 * (df1 + df2 - 2) / (df1 * (df2 - 2) * (df2 - 2) * (df2 - 4));
          }
        });
        jStat3.extend(jStat3.cauchy, {
          pdf: function pdf(x, local, scale) {
            if (scale < 0) {
              return 0;
            }
            return scale / (Math2.pow(x - local, 2) + Math2.pow(scale, 2)) / Math2.PI;
          },
          cdf: function cdf(x, local, scale) {
            return Math2.atan((x - local) / scale) / Math2.PI + 0.5;
          },
          inv: function(p, local, scale) {
            return local + scale * Math2.tan(Math2.PI * (p - 0.5));
          },
          median: function median2(local) {
            return local;
          },
          mode: function mode(local) {
            return local;
          },
          sample: function sample(local, scale) {
            return jStat3.randn() * Math2.sqrt(1 / (2 * jStat3.randg(0.5))) * scale + local;
          }
        });
        jStat3.extend(jStat3.chisquare, {
          pdf: function pdf(x, dof) {
            if (x < 0)
              return 0;
            return x === 0 && dof === 2 ? 0.5 : Math2.exp((dof / 2 - 1) * Math2.log(x) - x / 2 - dof / 2 * Math2.log(2) - jStat3.gammaln(dof / 2));
          },
          cdf: function cdf(x, dof) {
            if (x < 0)
              return 0;
            return jStat3.lowRegGamma(dof / 2, x / 2);
          },
          inv: function(p, dof) {
            return 2 * jStat3.gammapinv(p, 0.5 * dof);
          },
          mean: function(dof) {
            return dof;
          },
          // TODO: this is an approximation (is there a better way?)
          median: function median2(dof) {
            return dof * Math2.pow(1 - 2 / (9 * dof), 3);
          },
          mode: function mode(dof) {
            return dof - 2 > 0 ? dof - 2 : 0;
          },
          sample: function sample(dof) {
            return jStat3.randg(dof / 2) * 2;
          },
          variance: function variance2(dof) {
            return 2 * dof;
          }
        });
        jStat3.extend(jStat3.exponential, {
          pdf: function pdf(x, rate) {
            return x < 0 ? 0 : rate * Math2.exp(-rate * x);
          },
          cdf: function cdf(x, rate) {
            return x < 0 ? 0 : 1 - Math2.exp(-rate * x);
          },
          inv: function(p, rate) {
            return -Math2.log(1 - p) / rate;
          },
          mean: function(rate) {
            return 1 / rate;
          },
          median: function(rate) {
            return 1 / rate * Math2.log(2);
          },
          mode: function mode() {
            return 0;
          },
          sample: function sample(rate) {
            return -1 / rate * Math2.log(jStat3._random_fn());
          },
          variance: function(rate) {
            return Math2.pow(rate, -2);
          }
        });
        jStat3.extend(jStat3.gamma, {
          pdf: function pdf(x, shape, scale) {
            if (x < 0)
              return 0;
            return x === 0 && shape === 1 ? 1 / scale : Math2.exp((shape - 1) * Math2.log(x) - x / scale - jStat3.gammaln(shape) - shape * Math2.log(scale));
          },
          cdf: function cdf(x, shape, scale) {
            if (x < 0)
              return 0;
            return jStat3.lowRegGamma(shape, x / scale);
          },
          inv: function(p, shape, scale) {
            return jStat3.gammapinv(p, shape) * scale;
          },
          mean: function(shape, scale) {
            return shape * scale;
          },
          mode: function mode(shape, scale) {
            if (shape > 1) return (shape - 1) * scale;
            return void 0;
          },
          sample: function sample(shape, scale) {
            return jStat3.randg(shape) * scale;
          },
          variance: function variance2(shape, scale) {
            return shape * scale * scale;
          }
        });
        jStat3.extend(jStat3.invgamma, {
          pdf: function pdf(x, shape, scale) {
            if (x <= 0)
              return 0;
            return Math2.exp(-(shape + 1) * Math2.log(x) - scale / x - jStat3.gammaln(shape) + shape * Math2.log(scale));
          },
          cdf: function cdf(x, shape, scale) {
            if (x <= 0)
              return 0;
            return 1 - jStat3.lowRegGamma(shape, scale / x);
          },
          inv: function(p, shape, scale) {
            return scale / jStat3.gammapinv(1 - p, shape);
          },
          mean: function(shape, scale) {
            return shape > 1 ? scale / (shape - 1) : void 0;
          },
          mode: function mode(shape, scale) {
            return scale / (shape + 1);
          },
          sample: function sample(shape, scale) {
            return scale / jStat3.randg(shape);
          },
          variance: function variance2(shape, scale) {
            if (shape <= 2)
              return void 0;
            return scale * scale / ((shape - 1) * (shape - 1) * (shape - 2));
          }
        });
        jStat3.extend(jStat3.kumaraswamy, {
          pdf: function pdf(x, alpha, beta) {
            if (x === 0 && alpha === 1)
              return beta;
            else if (x === 1 && beta === 1)
              return alpha;
            return Math2.exp(Math2.log(alpha) + Math2.log(beta) + (alpha - 1) * Math2.log(x) + (beta - 1) * Math2.log(1 - Math2.pow(x, alpha)));
          },
          cdf: function cdf(x, alpha, beta) {
            if (x < 0)
              return 0;
            else if (x > 1)
              return 1;
            return 1 - Math2.pow(1 - Math2.pow(x, alpha), beta);
          },
          inv: function inv(p, alpha, beta) {
            return Math2.pow(1 - Math2.pow(1 - p, 1 / beta), 1 / alpha);
          },
          mean: function(alpha, beta) {
            return beta * jStat3.gammafn(1 + 1 / alpha) * jStat3.gammafn(beta) / jStat3.gammafn(1 + 1 / alpha + beta);
          },
          median: function median2(alpha, beta) {
            return Math2.pow(1 - Math2.pow(2, -1 / beta), 1 / alpha);
          },
          mode: function mode(alpha, beta) {
            if (!(alpha >= 1 && beta >= 1 && (alpha !== 1 && beta !== 1)))
              return void 0;
            return Math2.pow((alpha - 1) / (alpha * beta - 1), 1 / alpha);
          },
          variance: function variance2() {
            throw new Error("variance not yet implemented");
          }
        });
        jStat3.extend(jStat3.lognormal, {
          pdf: function pdf(x, mu, sigma) {
            if (x <= 0)
              return 0;
            return Math2.exp(-Math2.log(x) - 0.5 * Math2.log(2 * Math2.PI) - Math2.log(sigma) - Math2.pow(Math2.log(x) - mu, 2) / (2 * sigma * sigma));
          },
          cdf: function cdf(x, mu, sigma) {
            if (x < 0)
              return 0;
            return 0.5 + 0.5 * jStat3.erf((Math2.log(x) - mu) / Math2.sqrt(2 * sigma * sigma));
          },
          inv: function(p, mu, sigma) {
            return Math2.exp(-1.4142135623730951 * sigma * jStat3.erfcinv(2 * p) + mu);
          },
          mean: function mean2(mu, sigma) {
            return Math2.exp(mu + sigma * sigma / 2);
          },
          median: function median2(mu) {
            return Math2.exp(mu);
          },
          mode: function mode(mu, sigma) {
            return Math2.exp(mu - sigma * sigma);
          },
          sample: function sample(mu, sigma) {
            return Math2.exp(jStat3.randn() * sigma + mu);
          },
          variance: function variance2(mu, sigma) {
            return (Math2.exp(sigma * sigma) - 1) * Math2.exp(2 * mu + sigma * sigma);
          }
        });
        jStat3.extend(jStat3.noncentralt, {
          pdf: function pdf(x, dof, ncp) {
            var tol = 1e-14;
            if (Math2.abs(ncp) < tol)
              return jStat3.studentt.pdf(x, dof);
            if (Math2.abs(x) < tol) {
              return Math2.exp(jStat3.gammaln((dof + 1) / 2) - ncp * ncp / 2 - 0.5 * Math2.log(Math2.PI * dof) - jStat3.gammaln(dof / 2));
            }
            return dof / x * (jStat3.noncentralt.cdf(x * Math2.sqrt(1 + 2 / dof), dof + 2, ncp) - jStat3.noncentralt.cdf(x, dof, ncp));
          },
          cdf: function cdf(x, dof, ncp) {
            var tol = 1e-14;
            var min_iterations = 200;
            if (Math2.abs(ncp) < tol)
              return jStat3.studentt.cdf(x, dof);
            var flip = false;
            if (x < 0) {
              flip = true;
              ncp = -ncp;
            }
            var prob = jStat3.normal.cdf(-ncp, 0, 1);
            var value = tol + 1;
            var lastvalue = value;
            var y = x * x / (x * x + dof);
            var j = 0;
            var p = Math2.exp(-ncp * ncp / 2);
            var q = Math2.exp(-ncp * ncp / 2 - 0.5 * Math2.log(2) - jStat3.gammaln(3 / 2)) * ncp;
            while (j < min_iterations || lastvalue > tol || value > tol) {
              lastvalue = value;
              if (j > 0) {
                p *= ncp * ncp / (2 * j);
                q *= ncp * ncp / (2 * (j + 1 / 2));
              }
              value = p * jStat3.beta.cdf(y, j + 0.5, dof / 2) + q * jStat3.beta.cdf(y, j + 1, dof / 2);
              prob += 0.5 * value;
              j++;
            }
            return flip ? 1 - prob : prob;
          }
        });
        jStat3.extend(jStat3.normal, {
          pdf: function pdf(x, mean2, std) {
            return Math2.exp(-0.5 * Math2.log(2 * Math2.PI) - Math2.log(std) - Math2.pow(x - mean2, 2) / (2 * std * std));
          },
          cdf: function cdf(x, mean2, std) {
            return 0.5 * (1 + jStat3.erf((x - mean2) / Math2.sqrt(2 * std * std)));
          },
          inv: function(p, mean2, std) {
            return -1.4142135623730951 * std * jStat3.erfcinv(2 * p) + mean2;
          },
          mean: function(mean2) {
            return mean2;
          },
          median: function median2(mean2) {
            return mean2;
          },
          mode: function(mean2) {
            return mean2;
          },
          sample: function sample(mean2, std) {
            return jStat3.randn() * std + mean2;
          },
          variance: function(mean2, std) {
            return std * std;
          }
        });
        jStat3.extend(jStat3.pareto, {
          pdf: function pdf(x, scale, shape) {
            if (x < scale)
              return 0;
            return shape * Math2.pow(scale, shape) / Math2.pow(x, shape + 1);
          },
          cdf: function cdf(x, scale, shape) {
            if (x < scale)
              return 0;
            return 1 - Math2.pow(scale / x, shape);
          },
          inv: function inv(p, scale, shape) {
            return scale / Math2.pow(1 - p, 1 / shape);
          },
          mean: function mean2(scale, shape) {
            if (shape <= 1)
              return void 0;
            return shape * Math2.pow(scale, shape) / (shape - 1);
          },
          median: function median2(scale, shape) {
            return scale * (shape * Math2.SQRT2);
          },
          mode: function mode(scale) {
            return scale;
          },
          variance: function(scale, shape) {
            if (shape <= 2)
              return void 0;
            return scale * scale * shape / (Math2.pow(shape - 1, 2) * (shape - 2));
          }
        });
        jStat3.extend(jStat3.studentt, {
          pdf: function pdf(x, dof) {
            dof = dof > 1e100 ? 1e100 : dof;
            return 1 / (Math2.sqrt(dof) * jStat3.betafn(0.5, dof / 2)) * Math2.pow(1 + x * x / dof, -((dof + 1) / 2));
          },
          cdf: function cdf(x, dof) {
            var dof2 = dof / 2;
            return jStat3.ibeta((x + Math2.sqrt(x * x + dof)) / (2 * Math2.sqrt(x * x + dof)), dof2, dof2);
          },
          inv: function(p, dof) {
            var x = jStat3.ibetainv(2 * Math2.min(p, 1 - p), 0.5 * dof, 0.5);
            x = Math2.sqrt(dof * (1 - x) / x);
            return p > 0.5 ? x : -x;
          },
          mean: function mean2(dof) {
            return dof > 1 ? 0 : void 0;
          },
          median: function median2() {
            return 0;
          },
          mode: function mode() {
            return 0;
          },
          sample: function sample(dof) {
            return jStat3.randn() * Math2.sqrt(dof / (2 * jStat3.randg(dof / 2)));
          },
          variance: function variance2(dof) {
            return dof > 2 ? dof / (dof - 2) : dof > 1 ? Infinity : void 0;
          }
        });
        jStat3.extend(jStat3.weibull, {
          pdf: function pdf(x, scale, shape) {
            if (x < 0 || scale < 0 || shape < 0)
              return 0;
            return shape / scale * Math2.pow(x / scale, shape - 1) * Math2.exp(-Math2.pow(x / scale, shape));
          },
          cdf: function cdf(x, scale, shape) {
            return x < 0 ? 0 : 1 - Math2.exp(-Math2.pow(x / scale, shape));
          },
          inv: function(p, scale, shape) {
            return scale * Math2.pow(-Math2.log(1 - p), 1 / shape);
          },
          mean: function(scale, shape) {
            return scale * jStat3.gammafn(1 + 1 / shape);
          },
          median: function median2(scale, shape) {
            return scale * Math2.pow(Math2.log(2), 1 / shape);
          },
          mode: function mode(scale, shape) {
            if (shape <= 1)
              return 0;
            return scale * Math2.pow((shape - 1) / shape, 1 / shape);
          },
          sample: function sample(scale, shape) {
            return scale * Math2.pow(-Math2.log(jStat3._random_fn()), 1 / shape);
          },
          variance: function variance2(scale, shape) {
            return scale * scale * jStat3.gammafn(1 + 2 / shape) - Math2.pow(jStat3.weibull.mean(scale, shape), 2);
          }
        });
        jStat3.extend(jStat3.uniform, {
          pdf: function pdf(x, a, b) {
            return x < a || x > b ? 0 : 1 / (b - a);
          },
          cdf: function cdf(x, a, b) {
            if (x < a)
              return 0;
            else if (x < b)
              return (x - a) / (b - a);
            return 1;
          },
          inv: function(p, a, b) {
            return a + p * (b - a);
          },
          mean: function mean2(a, b) {
            return 0.5 * (a + b);
          },
          median: function median2(a, b) {
            return jStat3.mean(a, b);
          },
          mode: function mode() {
            throw new Error("mode is not yet implemented");
          },
          sample: function sample(a, b) {
            return a / 2 + b / 2 + (b / 2 - a / 2) * (2 * jStat3._random_fn() - 1);
          },
          variance: function variance2(a, b) {
            return Math2.pow(b - a, 2) / 12;
          }
        });
        function betinc(x, a, b, eps) {
          var a0 = 0;
          var b0 = 1;
          var a1 = 1;
          var b1 = 1;
          var m9 = 0;
          var a2 = 0;
          var c9;
          while (Math2.abs((a1 - a2) / a1) > eps) {
            a2 = a1;
            c9 = -(a + m9) * (a + b + m9) * x / (a + 2 * m9) / (a + 2 * m9 + 1);
            a0 = a1 + c9 * a0;
            b0 = b1 + c9 * b0;
            m9 = m9 + 1;
            c9 = m9 * (b - m9) * x / (a + 2 * m9 - 1) / (a + 2 * m9);
            a1 = a0 + c9 * a1;
            b1 = b0 + c9 * b1;
            a0 = a0 / b1;
            b0 = b0 / b1;
            a1 = a1 / b1;
            b1 = 1;
          }
          return a1 / a;
        }
        jStat3.extend(jStat3.binomial, {
          pdf: function pdf(k, n, p) {
            return p === 0 || p === 1 ? n * p === k ? 1 : 0 : jStat3.combination(n, k) * Math2.pow(p, k) * Math2.pow(1 - p, n - k);
          },
          cdf: function cdf(x, n, p) {
            var betacdf;
            var eps = 1e-10;
            if (x < 0)
              return 0;
            if (x >= n)
              return 1;
            if (p < 0 || p > 1 || n <= 0)
              return NaN;
            x = Math2.floor(x);
            var z = p;
            var a = x + 1;
            var b = n - x;
            var s = a + b;
            var bt = Math2.exp(jStat3.gammaln(s) - jStat3.gammaln(b) - jStat3.gammaln(a) + a * Math2.log(z) + b * Math2.log(1 - z));
            if (z < (a + 1) / (s + 2))
              betacdf = bt * betinc(z, a, b, eps);
            else
              betacdf = 1 - bt * betinc(1 - z, b, a, eps);
            return Math2.round((1 - betacdf) * (1 / eps)) / (1 / eps);
          }
        });
        jStat3.extend(jStat3.negbin, {
          pdf: function pdf(k, r, p) {
            if (k !== k >>> 0)
              return false;
            if (k < 0)
              return 0;
            return jStat3.combination(k + r - 1, r - 1) * Math2.pow(1 - p, k) * Math2.pow(p, r);
          },
          cdf: function cdf(x, r, p) {
            var sum = 0, k = 0;
            if (x < 0) return 0;
            for (; k <= x; k++) {
              sum += jStat3.negbin.pdf(k, r, p);
            }
            return sum;
          }
        });
        jStat3.extend(jStat3.hypgeom, {
          pdf: function pdf(k, N, m, n) {
            if (k !== k | 0) {
              return false;
            } else if (k < 0 || k < m - (N - n)) {
              return 0;
            } else if (k > n || k > m) {
              return 0;
            } else if (m * 2 > N) {
              if (n * 2 > N) {
                return jStat3.hypgeom.pdf(N - m - n + k, N, N - m, N - n);
              } else {
                return jStat3.hypgeom.pdf(n - k, N, N - m, n);
              }
            } else if (n * 2 > N) {
              return jStat3.hypgeom.pdf(m - k, N, m, N - n);
            } else if (m < n) {
              return jStat3.hypgeom.pdf(k, N, n, m);
            } else {
              var scaledPDF = 1;
              var samplesDone = 0;
              for (var i = 0; i < k; i++) {
                while (scaledPDF > 1 && samplesDone < n) {
                  scaledPDF *= 1 - m / (N - samplesDone);
                  samplesDone++;
                }
                scaledPDF *= (n - i) * (m - i) / ((i + 1) * (N - m - n + i + 1));
              }
              for (; samplesDone < n; samplesDone++) {
                scaledPDF *= 1 - m / (N - samplesDone);
              }
              return Math2.min(1, Math2.max(0, scaledPDF));
            }
          },
          cdf: function cdf(x, N, m, n) {
            if (x < 0 || x < m - (N - n)) {
              return 0;
            } else if (x >= n || x >= m) {
              return 1;
            } else if (m * 2 > N) {
              if (n * 2 > N) {
                return jStat3.hypgeom.cdf(N - m - n + x, N, N - m, N - n);
              } else {
                return 1 - jStat3.hypgeom.cdf(n - x - 1, N, N - m, n);
              }
            } else if (n * 2 > N) {
              return 1 - jStat3.hypgeom.cdf(m - x - 1, N, m, N - n);
            } else if (m < n) {
              return jStat3.hypgeom.cdf(x, N, n, m);
            } else {
              var scaledCDF = 1;
              var scaledPDF = 1;
              var samplesDone = 0;
              for (var i = 0; i < x; i++) {
                while (scaledCDF > 1 && samplesDone < n) {
                  var factor = 1 - m / (N - samplesDone);
                  scaledPDF *= factor;
                  scaledCDF *= factor;
                  samplesDone++;
                }
                scaledPDF *= (n - i) * (m - i) / ((i + 1) * (N - m - n + i + 1));
                scaledCDF += scaledPDF;
              }
              for (; samplesDone < n; samplesDone++) {
                scaledCDF *= 1 - m / (N - samplesDone);
              }
              return Math2.min(1, Math2.max(0, scaledCDF));
            }
          }
        });
        jStat3.extend(jStat3.poisson, {
          pdf: function pdf(k, l) {
            if (l < 0 || k % 1 !== 0 || k < 0) {
              return 0;
            }
            return Math2.pow(l, k) * Math2.exp(-l) / jStat3.factorial(k);
          },
          cdf: function cdf(x, l) {
            var sumarr = [], k = 0;
            if (x < 0) return 0;
            for (; k <= x; k++) {
              sumarr.push(jStat3.poisson.pdf(k, l));
            }
            return jStat3.sum(sumarr);
          },
          mean: function(l) {
            return l;
          },
          variance: function(l) {
            return l;
          },
          sampleSmall: function sampleSmall(l) {
            var p = 1, k = 0, L = Math2.exp(-l);
            do {
              k++;
              p *= jStat3._random_fn();
            } while (p > L);
            return k - 1;
          },
          sampleLarge: function sampleLarge(l) {
            var lam = l;
            var k;
            var U, V, slam, loglam, a, b, invalpha, vr, us;
            slam = Math2.sqrt(lam);
            loglam = Math2.log(lam);
            b = 0.931 + 2.53 * slam;
            a = -0.059 + 0.02483 * b;
            invalpha = 1.1239 + 1.1328 / (b - 3.4);
            vr = 0.9277 - 3.6224 / (b - 2);
            while (1) {
              U = Math2.random() - 0.5;
              V = Math2.random();
              us = 0.5 - Math2.abs(U);
              k = Math2.floor((2 * a / us + b) * U + lam + 0.43);
              if (us >= 0.07 && V <= vr) {
                return k;
              }
              if (k < 0 || us < 0.013 && V > us) {
                continue;
              }
              if (Math2.log(V) + Math2.log(invalpha) - Math2.log(a / (us * us) + b) <= -lam + k * loglam - jStat3.loggam(k + 1)) {
                return k;
              }
            }
          },
          sample: function sample(l) {
            if (l < 10)
              return this.sampleSmall(l);
            else
              return this.sampleLarge(l);
          }
        });
        jStat3.extend(jStat3.triangular, {
          pdf: function pdf(x, a, b, c) {
            if (b <= a || c < a || c > b) {
              return NaN;
            } else {
              if (x < a || x > b) {
                return 0;
              } else if (x < c) {
                return 2 * (x - a) / ((b - a) * (c - a));
              } else if (x === c) {
                return 2 / (b - a);
              } else {
                return 2 * (b - x) / ((b - a) * (b - c));
              }
            }
          },
          cdf: function cdf(x, a, b, c) {
            if (b <= a || c < a || c > b)
              return NaN;
            if (x <= a)
              return 0;
            else if (x >= b)
              return 1;
            if (x <= c)
              return Math2.pow(x - a, 2) / ((b - a) * (c - a));
            else
              return 1 - Math2.pow(b - x, 2) / ((b - a) * (b - c));
          },
          inv: function inv(p, a, b, c) {
            if (b <= a || c < a || c > b) {
              return NaN;
            } else {
              if (p <= (c - a) / (b - a)) {
                return a + (b - a) * Math2.sqrt(p * ((c - a) / (b - a)));
              } else {
                return a + (b - a) * (1 - Math2.sqrt((1 - p) * (1 - (c - a) / (b - a))));
              }
            }
          },
          mean: function mean2(a, b, c) {
            return (a + b + c) / 3;
          },
          median: function median2(a, b, c) {
            if (c <= (a + b) / 2) {
              return b - Math2.sqrt((b - a) * (b - c)) / Math2.sqrt(2);
            } else if (c > (a + b) / 2) {
              return a + Math2.sqrt((b - a) * (c - a)) / Math2.sqrt(2);
            }
          },
          mode: function mode(a, b, c) {
            return c;
          },
          sample: function sample(a, b, c) {
            var u = jStat3._random_fn();
            if (u < (c - a) / (b - a))
              return a + Math2.sqrt(u * (b - a) * (c - a));
            return b - Math2.sqrt((1 - u) * (b - a) * (b - c));
          },
          variance: function variance2(a, b, c) {
            return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
          }
        });
        jStat3.extend(jStat3.arcsine, {
          pdf: function pdf(x, a, b) {
            if (b <= a) return NaN;
            return x <= a || x >= b ? 0 : 2 / Math2.PI * Math2.pow(Math2.pow(b - a, 2) - Math2.pow(2 * x - a - b, 2), -0.5);
          },
          cdf: function cdf(x, a, b) {
            if (x < a)
              return 0;
            else if (x < b)
              return 2 / Math2.PI * Math2.asin(Math2.sqrt((x - a) / (b - a)));
            return 1;
          },
          inv: function(p, a, b) {
            return a + (0.5 - 0.5 * Math2.cos(Math2.PI * p)) * (b - a);
          },
          mean: function mean2(a, b) {
            if (b <= a) return NaN;
            return (a + b) / 2;
          },
          median: function median2(a, b) {
            if (b <= a) return NaN;
            return (a + b) / 2;
          },
          mode: function mode() {
            throw new Error("mode is not yet implemented");
          },
          sample: function sample(a, b) {
            return (a + b) / 2 + (b - a) / 2 * Math2.sin(2 * Math2.PI * jStat3.uniform.sample(0, 1));
          },
          variance: function variance2(a, b) {
            if (b <= a) return NaN;
            return Math2.pow(b - a, 2) / 8;
          }
        });
        function laplaceSign(x) {
          return x / Math2.abs(x);
        }
        jStat3.extend(jStat3.laplace, {
          pdf: function pdf(x, mu, b) {
            return b <= 0 ? 0 : Math2.exp(-Math2.abs(x - mu) / b) / (2 * b);
          },
          cdf: function cdf(x, mu, b) {
            if (b <= 0) {
              return 0;
            }
            if (x < mu) {
              return 0.5 * Math2.exp((x - mu) / b);
            } else {
              return 1 - 0.5 * Math2.exp(-(x - mu) / b);
            }
          },
          mean: function(mu) {
            return mu;
          },
          median: function(mu) {
            return mu;
          },
          mode: function(mu) {
            return mu;
          },
          variance: function(mu, b) {
            return 2 * b * b;
          },
          sample: function sample(mu, b) {
            var u = jStat3._random_fn() - 0.5;
            return mu - b * laplaceSign(u) * Math2.log(1 - 2 * Math2.abs(u));
          }
        });
        function tukeyWprob(w, rr, cc) {
          var nleg = 12;
          var ihalf = 6;
          var C1 = -30;
          var C2 = -50;
          var C3 = 60;
          var bb = 8;
          var wlar = 3;
          var wincr1 = 2;
          var wincr2 = 3;
          var xleg = [
            0.9815606342467192,
            0.9041172563704749,
            0.7699026741943047,
            0.5873179542866175,
            0.3678314989981802,
            0.1252334085114689
          ];
          var aleg = [
            0.04717533638651183,
            0.10693932599531843,
            0.16007832854334622,
            0.20316742672306592,
            0.2334925365383548,
            0.24914704581340277
          ];
          var qsqz = w * 0.5;
          if (qsqz >= bb)
            return 1;
          var pr_w = 2 * jStat3.normal.cdf(qsqz, 0, 1, 1, 0) - 1;
          if (pr_w >= Math2.exp(C2 / cc))
            pr_w = Math2.pow(pr_w, cc);
          else
            pr_w = 0;
          var wincr;
          if (w > wlar)
            wincr = wincr1;
          else
            wincr = wincr2;
          var blb = qsqz;
          var binc = (bb - qsqz) / wincr;
          var bub = blb + binc;
          var einsum = 0;
          var cc1 = cc - 1;
          for (var wi = 1; wi <= wincr; wi++) {
            var elsum = 0;
            var a = 0.5 * (bub + blb);
            var b = 0.5 * (bub - blb);
            for (var jj = 1; jj <= nleg; jj++) {
              var j, xx;
              if (ihalf < jj) {
                j = nleg - jj + 1;
                xx = xleg[j - 1];
              } else {
                j = jj;
                xx = -xleg[j - 1];
              }
              var c = b * xx;
              var ac = a + c;
              var qexpo = ac * ac;
              if (qexpo > C3)
                break;
              var pplus = 2 * jStat3.normal.cdf(ac, 0, 1, 1, 0);
              var pminus = 2 * jStat3.normal.cdf(ac, w, 1, 1, 0);
              var rinsum = pplus * 0.5 - pminus * 0.5;
              if (rinsum >= Math2.exp(C1 / cc1)) {
                rinsum = aleg[j - 1] * Math2.exp(-(0.5 * qexpo)) * Math2.pow(rinsum, cc1);
                elsum += rinsum;
              }
            }
            elsum *= 2 * b * cc / Math2.sqrt(2 * Math2.PI);
            einsum += elsum;
            blb = bub;
            bub += binc;
          }
          pr_w += einsum;
          if (pr_w <= Math2.exp(C1 / rr))
            return 0;
          pr_w = Math2.pow(pr_w, rr);
          if (pr_w >= 1)
            return 1;
          return pr_w;
        }
        function tukeyQinv(p, c, v) {
          var p0 = 0.322232421088;
          var q0 = 0.099348462606;
          var p1 = -1;
          var q1 = 0.588581570495;
          var p2 = -0.342242088547;
          var q2 = 0.531103462366;
          var p3 = -0.204231210125;
          var q3 = 0.10353775285;
          var p4 = -453642210148e-16;
          var q4 = 0.0038560700634;
          var c1 = 0.8832;
          var c2 = 0.2368;
          var c3 = 1.214;
          var c4 = 1.208;
          var c5 = 1.4142;
          var vmax = 120;
          var ps = 0.5 - 0.5 * p;
          var yi = Math2.sqrt(Math2.log(1 / (ps * ps)));
          var t = yi + ((((yi * p4 + p3) * yi + p2) * yi + p1) * yi + p0) / ((((yi * q4 + q3) * yi + q2) * yi + q1) * yi + q0);
          if (v < vmax) t += (t * t * t + t) / v / 4;
          var q = c1 - c2 * t;
          if (v < vmax) q += -c3 / v + c4 * t / v;
          return t * (q * Math2.log(c - 1) + c5);
        }
        jStat3.extend(jStat3.tukey, {
          cdf: function cdf(q, nmeans, df) {
            var rr = 1;
            var cc = nmeans;
            var nlegq = 16;
            var ihalfq = 8;
            var eps1 = -30;
            var eps2 = 1e-14;
            var dhaf = 100;
            var dquar = 800;
            var deigh = 5e3;
            var dlarg = 25e3;
            var ulen1 = 1;
            var ulen2 = 0.5;
            var ulen3 = 0.25;
            var ulen4 = 0.125;
            var xlegq = [
              0.9894009349916499,
              0.9445750230732326,
              0.8656312023878318,
              0.755404408355003,
              0.6178762444026438,
              0.45801677765722737,
              0.2816035507792589,
              0.09501250983763744
            ];
            var alegq = [
              0.027152459411754096,
              0.062253523938647894,
              0.09515851168249279,
              0.12462897125553388,
              0.14959598881657674,
              0.16915651939500254,
              0.18260341504492358,
              0.1894506104550685
            ];
            if (q <= 0)
              return 0;
            if (df < 2 || rr < 1 || cc < 2) return NaN;
            if (!Number.isFinite(q))
              return 1;
            if (df > dlarg)
              return tukeyWprob(q, rr, cc);
            var f2 = df * 0.5;
            var f2lf = f2 * Math2.log(df) - df * Math2.log(2) - jStat3.gammaln(f2);
            var f21 = f2 - 1;
            var ff4 = df * 0.25;
            var ulen;
            if (df <= dhaf) ulen = ulen1;
            else if (df <= dquar) ulen = ulen2;
            else if (df <= deigh) ulen = ulen3;
            else ulen = ulen4;
            f2lf += Math2.log(ulen);
            var ans = 0;
            for (var i = 1; i <= 50; i++) {
              var otsum = 0;
              var twa1 = (2 * i - 1) * ulen;
              for (var jj = 1; jj <= nlegq; jj++) {
                var j, t1;
                if (ihalfq < jj) {
                  j = jj - ihalfq - 1;
                  t1 = f2lf + f21 * Math2.log(twa1 + xlegq[j] * ulen) - (xlegq[j] * ulen + twa1) * ff4;
                } else {
                  j = jj - 1;
                  t1 = f2lf + f21 * Math2.log(twa1 - xlegq[j] * ulen) + (xlegq[j] * ulen - twa1) * ff4;
                }
                var qsqz;
                if (t1 >= eps1) {
                  if (ihalfq < jj) {
                    qsqz = q * Math2.sqrt((xlegq[j] * ulen + twa1) * 0.5);
                  } else {
                    qsqz = q * Math2.sqrt((-(xlegq[j] * ulen) + twa1) * 0.5);
                  }
                  var wprb = tukeyWprob(qsqz, rr, cc);
                  var rotsum = wprb * alegq[j] * Math2.exp(t1);
                  otsum += rotsum;
                }
              }
              if (i * ulen >= 1 && otsum <= eps2)
                break;
              ans += otsum;
            }
            if (otsum > eps2) {
              throw new Error("tukey.cdf failed to converge");
            }
            if (ans > 1)
              ans = 1;
            return ans;
          },
          inv: function(p, nmeans, df) {
            var rr = 1;
            var cc = nmeans;
            var eps = 1e-4;
            var maxiter = 50;
            if (df < 2 || rr < 1 || cc < 2) return NaN;
            if (p < 0 || p > 1) return NaN;
            if (p === 0) return 0;
            if (p === 1) return Infinity;
            var x0 = tukeyQinv(p, cc, df);
            var valx0 = jStat3.tukey.cdf(x0, nmeans, df) - p;
            var x1;
            if (valx0 > 0)
              x1 = Math2.max(0, x0 - 1);
            else
              x1 = x0 + 1;
            var valx1 = jStat3.tukey.cdf(x1, nmeans, df) - p;
            var ans;
            for (var iter = 1; iter < maxiter; iter++) {
              ans = x1 - valx1 * (x1 - x0) / (valx1 - valx0);
              valx0 = valx1;
              x0 = x1;
              if (ans < 0) {
                ans = 0;
                valx1 = -p;
              }
              valx1 = jStat3.tukey.cdf(ans, nmeans, df) - p;
              x1 = ans;
              var xabs = Math2.abs(x1 - x0);
              if (xabs < eps)
                return ans;
            }
            throw new Error("tukey.inv failed to converge");
          }
        });
      })(jStat2, Math);
      (function(jStat3, Math2) {
        var push = Array.prototype.push;
        var isArray = jStat3.utils.isArray;
        function isUsable(arg) {
          return isArray(arg) || arg instanceof jStat3;
        }
        jStat3.extend({
          // add a vector/matrix to a vector/matrix or scalar
          add: function add(arr, arg) {
            if (isUsable(arg)) {
              if (!isUsable(arg[0])) arg = [arg];
              return jStat3.map(arr, function(value, row, col) {
                return value + arg[row][col];
              });
            }
            return jStat3.map(arr, function(value) {
              return value + arg;
            });
          },
          // subtract a vector or scalar from the vector
          subtract: function subtract(arr, arg) {
            if (isUsable(arg)) {
              if (!isUsable(arg[0])) arg = [arg];
              return jStat3.map(arr, function(value, row, col) {
                return value - arg[row][col] || 0;
              });
            }
            return jStat3.map(arr, function(value) {
              return value - arg;
            });
          },
          // matrix division
          divide: function divide(arr, arg) {
            if (isUsable(arg)) {
              if (!isUsable(arg[0])) arg = [arg];
              return jStat3.multiply(arr, jStat3.inv(arg));
            }
            return jStat3.map(arr, function(value) {
              return value / arg;
            });
          },
          // matrix multiplication
          multiply: function multiply(arr, arg) {
            var row, col, nrescols, sum, nrow, ncol, res, rescols;
            if (arr.length === void 0 && arg.length === void 0) {
              return arr * arg;
            }
            nrow = arr.length, ncol = arr[0].length, res = jStat3.zeros(nrow, nrescols = isUsable(arg) ? arg[0].length : ncol), rescols = 0;
            if (isUsable(arg)) {
              for (; rescols < nrescols; rescols++) {
                for (row = 0; row < nrow; row++) {
                  sum = 0;
                  for (col = 0; col < ncol; col++)
                    sum += arr[row][col] * arg[col][rescols];
                  res[row][rescols] = sum;
                }
              }
              return nrow === 1 && rescols === 1 ? res[0][0] : res;
            }
            return jStat3.map(arr, function(value) {
              return value * arg;
            });
          },
          // outer([1,2,3],[4,5,6])
          // ===
          // [[1],[2],[3]] times [[4,5,6]]
          // ->
          // [[4,5,6],[8,10,12],[12,15,18]]
          outer: function outer(A, B) {
            return jStat3.multiply(A.map(function(t) {
              return [t];
            }), [B]);
          },
          // Returns the dot product of two matricies
          dot: function dot(arr, arg) {
            if (!isUsable(arr[0])) arr = [arr];
            if (!isUsable(arg[0])) arg = [arg];
            var left = arr[0].length === 1 && arr.length !== 1 ? jStat3.transpose(arr) : arr, right = arg[0].length === 1 && arg.length !== 1 ? jStat3.transpose(arg) : arg, res = [], row = 0, nrow = left.length, ncol = left[0].length, sum, col;
            for (; row < nrow; row++) {
              res[row] = [];
              sum = 0;
              for (col = 0; col < ncol; col++)
                sum += left[row][col] * right[row][col];
              res[row] = sum;
            }
            return res.length === 1 ? res[0] : res;
          },
          // raise every element by a scalar
          pow: function pow(arr, arg) {
            return jStat3.map(arr, function(value) {
              return Math2.pow(value, arg);
            });
          },
          // exponentiate every element
          exp: function exp(arr) {
            return jStat3.map(arr, function(value) {
              return Math2.exp(value);
            });
          },
          // generate the natural log of every element
          log: function exp(arr) {
            return jStat3.map(arr, function(value) {
              return Math2.log(value);
            });
          },
          // generate the absolute values of the vector
          abs: function abs(arr) {
            return jStat3.map(arr, function(value) {
              return Math2.abs(value);
            });
          },
          // computes the p-norm of the vector
          // In the case that a matrix is passed, uses the first row as the vector
          norm: function norm(arr, p) {
            var nnorm = 0, i = 0;
            if (isNaN(p)) p = 2;
            if (isUsable(arr[0])) arr = arr[0];
            for (; i < arr.length; i++) {
              nnorm += Math2.pow(Math2.abs(arr[i]), p);
            }
            return Math2.pow(nnorm, 1 / p);
          },
          // computes the angle between two vectors in rads
          // In case a matrix is passed, this uses the first row as the vector
          angle: function angle(arr, arg) {
            return Math2.acos(jStat3.dot(arr, arg) / (jStat3.norm(arr) * jStat3.norm(arg)));
          },
          // augment one matrix by another
          // Note: this function returns a matrix, not a jStat object
          aug: function aug(a, b) {
            var newarr = [];
            var i;
            for (i = 0; i < a.length; i++) {
              newarr.push(a[i].slice());
            }
            for (i = 0; i < newarr.length; i++) {
              push.apply(newarr[i], b[i]);
            }
            return newarr;
          },
          // The inv() function calculates the inverse of a matrix
          // Create the inverse by augmenting the matrix by the identity matrix of the
          // appropriate size, and then use G-J elimination on the augmented matrix.
          inv: function inv(a) {
            var rows = a.length;
            var cols = a[0].length;
            var b = jStat3.identity(rows, cols);
            var c = jStat3.gauss_jordan(a, b);
            var result = [];
            var i = 0;
            var j;
            for (; i < rows; i++) {
              result[i] = [];
              for (j = cols; j < c[0].length; j++)
                result[i][j - cols] = c[i][j];
            }
            return result;
          },
          // calculate the determinant of a matrix
          det: function det(a) {
            if (a.length === 2) {
              return a[0][0] * a[1][1] - a[0][1] * a[1][0];
            }
            var determinant = 0;
            for (var i = 0; i < a.length; i++) {
              var submatrix = [];
              for (var row = 1; row < a.length; row++) {
                submatrix[row - 1] = [];
                for (var col = 0; col < a.length; col++) {
                  if (col < i) {
                    submatrix[row - 1][col] = a[row][col];
                  } else if (col > i) {
                    submatrix[row - 1][col - 1] = a[row][col];
                  }
                }
              }
              var sign = i % 2 ? -1 : 1;
              determinant += det(submatrix) * a[0][i] * sign;
            }
            return determinant;
          },
          gauss_elimination: function gauss_elimination(a, b) {
            var i = 0, j = 0, n = a.length, m = a[0].length, factor = 1, sum = 0, x = [], maug, pivot, temp, k;
            a = jStat3.aug(a, b);
            maug = a[0].length;
            for (i = 0; i < n; i++) {
              pivot = a[i][i];
              j = i;
              for (k = i + 1; k < m; k++) {
                if (pivot < Math2.abs(a[k][i])) {
                  pivot = a[k][i];
                  j = k;
                }
              }
              if (j != i) {
                for (k = 0; k < maug; k++) {
                  temp = a[i][k];
                  a[i][k] = a[j][k];
                  a[j][k] = temp;
                }
              }
              for (j = i + 1; j < n; j++) {
                factor = a[j][i] / a[i][i];
                for (k = i; k < maug; k++) {
                  a[j][k] = a[j][k] - factor * a[i][k];
                }
              }
            }
            for (i = n - 1; i >= 0; i--) {
              sum = 0;
              for (j = i + 1; j <= n - 1; j++) {
                sum = sum + x[j] * a[i][j];
              }
              x[i] = (a[i][maug - 1] - sum) / a[i][i];
            }
            return x;
          },
          gauss_jordan: function gauss_jordan(a, b) {
            var m = jStat3.aug(a, b);
            var h = m.length;
            var w = m[0].length;
            var c = 0;
            var x, y, y2;
            for (y = 0; y < h; y++) {
              var maxrow = y;
              for (y2 = y + 1; y2 < h; y2++) {
                if (Math2.abs(m[y2][y]) > Math2.abs(m[maxrow][y]))
                  maxrow = y2;
              }
              var tmp = m[y];
              m[y] = m[maxrow];
              m[maxrow] = tmp;
              for (y2 = y + 1; y2 < h; y2++) {
                c = m[y2][y] / m[y][y];
                for (x = y; x < w; x++) {
                  m[y2][x] -= m[y][x] * c;
                }
              }
            }
            for (y = h - 1; y >= 0; y--) {
              c = m[y][y];
              for (y2 = 0; y2 < y; y2++) {
                for (x = w - 1; x > y - 1; x--) {
                  m[y2][x] -= m[y][x] * m[y2][y] / c;
                }
              }
              m[y][y] /= c;
              for (x = h; x < w; x++) {
                m[y][x] /= c;
              }
            }
            return m;
          },
          // solve equation
          // Ax=b
          // A is upper triangular matrix
          // A=[[1,2,3],[0,4,5],[0,6,7]]
          // b=[1,2,3]
          // triaUpSolve(A,b) // -> [2.666,0.1666,1.666]
          // if you use matrix style
          // A=[[1,2,3],[0,4,5],[0,6,7]]
          // b=[[1],[2],[3]]
          // will return [[2.666],[0.1666],[1.666]]
          triaUpSolve: function triaUpSolve(A, b) {
            var size = A[0].length;
            var x = jStat3.zeros(1, size)[0];
            var parts;
            var matrix_mode = false;
            if (b[0].length != void 0) {
              b = b.map(function(i) {
                return i[0];
              });
              matrix_mode = true;
            }
            jStat3.arange(size - 1, -1, -1).forEach(function(i) {
              parts = jStat3.arange(i + 1, size).map(function(j) {
                return x[j] * A[i][j];
              });
              x[i] = (b[i] - jStat3.sum(parts)) / A[i][i];
            });
            if (matrix_mode)
              return x.map(function(i) {
                return [i];
              });
            return x;
          },
          triaLowSolve: function triaLowSolve(A, b) {
            var size = A[0].length;
            var x = jStat3.zeros(1, size)[0];
            var parts;
            var matrix_mode = false;
            if (b[0].length != void 0) {
              b = b.map(function(i) {
                return i[0];
              });
              matrix_mode = true;
            }
            jStat3.arange(size).forEach(function(i) {
              parts = jStat3.arange(i).map(function(j) {
                return A[i][j] * x[j];
              });
              x[i] = (b[i] - jStat3.sum(parts)) / A[i][i];
            });
            if (matrix_mode)
              return x.map(function(i) {
                return [i];
              });
            return x;
          },
          // A -> [L,U]
          // A=LU
          // L is lower triangular matrix
          // U is upper triangular matrix
          lu: function lu(A) {
            var size = A.length;
            var L = jStat3.identity(size);
            var R = jStat3.zeros(A.length, A[0].length);
            var parts;
            jStat3.arange(size).forEach(function(t) {
              R[0][t] = A[0][t];
            });
            jStat3.arange(1, size).forEach(function(l) {
              jStat3.arange(l).forEach(function(i) {
                parts = jStat3.arange(i).map(function(jj) {
                  return L[l][jj] * R[jj][i];
                });
                L[l][i] = (A[l][i] - jStat3.sum(parts)) / R[i][i];
              });
              jStat3.arange(l, size).forEach(function(j) {
                parts = jStat3.arange(l).map(function(jj) {
                  return L[l][jj] * R[jj][j];
                });
                R[l][j] = A[parts.length][j] - jStat3.sum(parts);
              });
            });
            return [L, R];
          },
          // A -> T
          // A=TT'
          // T is lower triangular matrix
          cholesky: function cholesky(A) {
            var size = A.length;
            var T = jStat3.zeros(A.length, A[0].length);
            var parts;
            jStat3.arange(size).forEach(function(i) {
              parts = jStat3.arange(i).map(function(t) {
                return Math2.pow(T[i][t], 2);
              });
              T[i][i] = Math2.sqrt(A[i][i] - jStat3.sum(parts));
              jStat3.arange(i + 1, size).forEach(function(j) {
                parts = jStat3.arange(i).map(function(t) {
                  return T[i][t] * T[j][t];
                });
                T[j][i] = (A[i][j] - jStat3.sum(parts)) / T[i][i];
              });
            });
            return T;
          },
          gauss_jacobi: function gauss_jacobi(a, b, x, r) {
            var i = 0;
            var j = 0;
            var n = a.length;
            var l = [];
            var u = [];
            var d = [];
            var xv, c, h, xk;
            for (; i < n; i++) {
              l[i] = [];
              u[i] = [];
              d[i] = [];
              for (j = 0; j < n; j++) {
                if (i > j) {
                  l[i][j] = a[i][j];
                  u[i][j] = d[i][j] = 0;
                } else if (i < j) {
                  u[i][j] = a[i][j];
                  l[i][j] = d[i][j] = 0;
                } else {
                  d[i][j] = a[i][j];
                  l[i][j] = u[i][j] = 0;
                }
              }
            }
            h = jStat3.multiply(jStat3.multiply(jStat3.inv(d), jStat3.add(l, u)), -1);
            c = jStat3.multiply(jStat3.inv(d), b);
            xv = x;
            xk = jStat3.add(jStat3.multiply(h, x), c);
            i = 2;
            while (Math2.abs(jStat3.norm(jStat3.subtract(xk, xv))) > r) {
              xv = xk;
              xk = jStat3.add(jStat3.multiply(h, xv), c);
              i++;
            }
            return xk;
          },
          gauss_seidel: function gauss_seidel(a, b, x, r) {
            var i = 0;
            var n = a.length;
            var l = [];
            var u = [];
            var d = [];
            var j, xv, c, h, xk;
            for (; i < n; i++) {
              l[i] = [];
              u[i] = [];
              d[i] = [];
              for (j = 0; j < n; j++) {
                if (i > j) {
                  l[i][j] = a[i][j];
                  u[i][j] = d[i][j] = 0;
                } else if (i < j) {
                  u[i][j] = a[i][j];
                  l[i][j] = d[i][j] = 0;
                } else {
                  d[i][j] = a[i][j];
                  l[i][j] = u[i][j] = 0;
                }
              }
            }
            h = jStat3.multiply(jStat3.multiply(jStat3.inv(jStat3.add(d, l)), u), -1);
            c = jStat3.multiply(jStat3.inv(jStat3.add(d, l)), b);
            xv = x;
            xk = jStat3.add(jStat3.multiply(h, x), c);
            i = 2;
            while (Math2.abs(jStat3.norm(jStat3.subtract(xk, xv))) > r) {
              xv = xk;
              xk = jStat3.add(jStat3.multiply(h, xv), c);
              i = i + 1;
            }
            return xk;
          },
          SOR: function SOR(a, b, x, r, w) {
            var i = 0;
            var n = a.length;
            var l = [];
            var u = [];
            var d = [];
            var j, xv, c, h, xk;
            for (; i < n; i++) {
              l[i] = [];
              u[i] = [];
              d[i] = [];
              for (j = 0; j < n; j++) {
                if (i > j) {
                  l[i][j] = a[i][j];
                  u[i][j] = d[i][j] = 0;
                } else if (i < j) {
                  u[i][j] = a[i][j];
                  l[i][j] = d[i][j] = 0;
                } else {
                  d[i][j] = a[i][j];
                  l[i][j] = u[i][j] = 0;
                }
              }
            }
            h = jStat3.multiply(
              jStat3.inv(jStat3.add(d, jStat3.multiply(l, w))),
              jStat3.subtract(
                jStat3.multiply(d, 1 - w),
                jStat3.multiply(u, w)
              )
            );
            c = jStat3.multiply(jStat3.multiply(jStat3.inv(jStat3.add(
              d,
              jStat3.multiply(l, w)
            )), b), w);
            xv = x;
            xk = jStat3.add(jStat3.multiply(h, x), c);
            i = 2;
            while (Math2.abs(jStat3.norm(jStat3.subtract(xk, xv))) > r) {
              xv = xk;
              xk = jStat3.add(jStat3.multiply(h, xv), c);
              i++;
            }
            return xk;
          },
          householder: function householder(a) {
            var m = a.length;
            var n = a[0].length;
            var i = 0;
            var w = [];
            var p = [];
            var alpha, r, k, j, factor;
            for (; i < m - 1; i++) {
              alpha = 0;
              for (j = i + 1; j < n; j++)
                alpha += a[j][i] * a[j][i];
              factor = a[i + 1][i] > 0 ? -1 : 1;
              alpha = factor * Math2.sqrt(alpha);
              r = Math2.sqrt((alpha * alpha - a[i + 1][i] * alpha) / 2);
              w = jStat3.zeros(m, 1);
              w[i + 1][0] = (a[i + 1][i] - alpha) / (2 * r);
              for (k = i + 2; k < m; k++) w[k][0] = a[k][i] / (2 * r);
              p = jStat3.subtract(
                jStat3.identity(m, n),
                jStat3.multiply(jStat3.multiply(w, jStat3.transpose(w)), 2)
              );
              a = jStat3.multiply(p, jStat3.multiply(a, p));
            }
            return a;
          },
          // A -> [Q,R]
          // Q is orthogonal matrix
          // R is upper triangular
          QR: (function() {
            var sum = jStat3.sum;
            var range = jStat3.arange;
            function qr2(x) {
              var n = x.length;
              var p = x[0].length;
              var r = jStat3.zeros(p, p);
              x = jStat3.copy(x);
              var i, j, k;
              for (j = 0; j < p; j++) {
                r[j][j] = Math2.sqrt(sum(range(n).map(function(i2) {
                  return x[i2][j] * x[i2][j];
                })));
                for (i = 0; i < n; i++) {
                  x[i][j] = x[i][j] / r[j][j];
                }
                for (k = j + 1; k < p; k++) {
                  r[j][k] = sum(range(n).map(function(i2) {
                    return x[i2][j] * x[i2][k];
                  }));
                  for (i = 0; i < n; i++) {
                    x[i][k] = x[i][k] - x[i][j] * r[j][k];
                  }
                }
              }
              return [x, r];
            }
            return qr2;
          })(),
          lstsq: /* @__PURE__ */ (function() {
            function R_I(A) {
              A = jStat3.copy(A);
              var size = A.length;
              var I = jStat3.identity(size);
              jStat3.arange(size - 1, -1, -1).forEach(function(i) {
                jStat3.sliceAssign(
                  I,
                  { row: i },
                  jStat3.divide(jStat3.slice(I, { row: i }), A[i][i])
                );
                jStat3.sliceAssign(
                  A,
                  { row: i },
                  jStat3.divide(jStat3.slice(A, { row: i }), A[i][i])
                );
                jStat3.arange(i).forEach(function(j) {
                  var c = jStat3.multiply(A[j][i], -1);
                  var Aj = jStat3.slice(A, { row: j });
                  var cAi = jStat3.multiply(jStat3.slice(A, { row: i }), c);
                  jStat3.sliceAssign(A, { row: j }, jStat3.add(Aj, cAi));
                  var Ij = jStat3.slice(I, { row: j });
                  var cIi = jStat3.multiply(jStat3.slice(I, { row: i }), c);
                  jStat3.sliceAssign(I, { row: j }, jStat3.add(Ij, cIi));
                });
              });
              return I;
            }
            function qr_solve(A, b) {
              var array_mode = false;
              if (b[0].length === void 0) {
                b = b.map(function(x2) {
                  return [x2];
                });
                array_mode = true;
              }
              var QR = jStat3.QR(A);
              var Q = QR[0];
              var R = QR[1];
              var attrs = A[0].length;
              var Q1 = jStat3.slice(Q, { col: { end: attrs } });
              var R1 = jStat3.slice(R, { row: { end: attrs } });
              var RI = R_I(R1);
              var Q2 = jStat3.transpose(Q1);
              if (Q2[0].length === void 0) {
                Q2 = [Q2];
              }
              var x = jStat3.multiply(jStat3.multiply(RI, Q2), b);
              if (x.length === void 0) {
                x = [[x]];
              }
              if (array_mode)
                return x.map(function(i) {
                  return i[0];
                });
              return x;
            }
            return qr_solve;
          })(),
          jacobi: function jacobi(a) {
            var condition = 1;
            var n = a.length;
            var e = jStat3.identity(n, n);
            var ev = [];
            var b, i, j, p, q, maxim, theta, s;
            while (condition === 1) {
              maxim = a[0][1];
              p = 0;
              q = 1;
              for (i = 0; i < n; i++) {
                for (j = 0; j < n; j++) {
                  if (i != j) {
                    if (maxim < Math2.abs(a[i][j])) {
                      maxim = Math2.abs(a[i][j]);
                      p = i;
                      q = j;
                    }
                  }
                }
              }
              if (a[p][p] === a[q][q])
                theta = a[p][q] > 0 ? Math2.PI / 4 : -Math2.PI / 4;
              else
                theta = Math2.atan(2 * a[p][q] / (a[p][p] - a[q][q])) / 2;
              s = jStat3.identity(n, n);
              s[p][p] = Math2.cos(theta);
              s[p][q] = -Math2.sin(theta);
              s[q][p] = Math2.sin(theta);
              s[q][q] = Math2.cos(theta);
              e = jStat3.multiply(e, s);
              b = jStat3.multiply(jStat3.multiply(jStat3.inv(s), a), s);
              a = b;
              condition = 0;
              for (i = 1; i < n; i++) {
                for (j = 1; j < n; j++) {
                  if (i != j && Math2.abs(a[i][j]) > 1e-3) {
                    condition = 1;
                  }
                }
              }
            }
            for (i = 0; i < n; i++) ev.push(a[i][i]);
            return [e, ev];
          },
          rungekutta: function rungekutta(f, h, p, t_j, u_j, order) {
            var k1, k2, u_j1, k3, k4;
            if (order === 2) {
              while (t_j <= p) {
                k1 = h * f(t_j, u_j);
                k2 = h * f(t_j + h, u_j + k1);
                u_j1 = u_j + (k1 + k2) / 2;
                u_j = u_j1;
                t_j = t_j + h;
              }
            }
            if (order === 4) {
              while (t_j <= p) {
                k1 = h * f(t_j, u_j);
                k2 = h * f(t_j + h / 2, u_j + k1 / 2);
                k3 = h * f(t_j + h / 2, u_j + k2 / 2);
                k4 = h * f(t_j + h, u_j + k3);
                u_j1 = u_j + (k1 + 2 * k2 + 2 * k3 + k4) / 6;
                u_j = u_j1;
                t_j = t_j + h;
              }
            }
            return u_j;
          },
          romberg: function romberg(f, a, b, order) {
            var i = 0;
            var h = (b - a) / 2;
            var x = [];
            var h1 = [];
            var g = [];
            var m, a1, j, k, I;
            while (i < order / 2) {
              I = f(a);
              for (j = a, k = 0; j <= b; j = j + h, k++) x[k] = j;
              m = x.length;
              for (j = 1; j < m - 1; j++) {
                I += (j % 2 !== 0 ? 4 : 2) * f(x[j]);
              }
              I = h / 3 * (I + f(b));
              g[i] = I;
              h /= 2;
              i++;
            }
            a1 = g.length;
            m = 1;
            while (a1 !== 1) {
              for (j = 0; j < a1 - 1; j++)
                h1[j] = (Math2.pow(4, m) * g[j + 1] - g[j]) / (Math2.pow(4, m) - 1);
              a1 = h1.length;
              g = h1;
              h1 = [];
              m++;
            }
            return g;
          },
          richardson: function richardson(X, f, x, h) {
            function pos(X2, x2) {
              var i2 = 0;
              var n = X2.length;
              var p;
              for (; i2 < n; i2++)
                if (X2[i2] === x2) p = i2;
              return p;
            }
            var h_min = Math2.abs(x - X[pos(X, x) + 1]);
            var i = 0;
            var g = [];
            var h1 = [];
            var y1, y2, m, a, j;
            while (h >= h_min) {
              y1 = pos(X, x + h);
              y2 = pos(X, x);
              g[i] = (f[y1] - 2 * f[y2] + f[2 * y2 - y1]) / (h * h);
              h /= 2;
              i++;
            }
            a = g.length;
            m = 1;
            while (a != 1) {
              for (j = 0; j < a - 1; j++)
                h1[j] = (Math2.pow(4, m) * g[j + 1] - g[j]) / (Math2.pow(4, m) - 1);
              a = h1.length;
              g = h1;
              h1 = [];
              m++;
            }
            return g;
          },
          simpson: function simpson(f, a, b, n) {
            var h = (b - a) / n;
            var I = f(a);
            var x = [];
            var j = a;
            var k = 0;
            var i = 1;
            var m;
            for (; j <= b; j = j + h, k++)
              x[k] = j;
            m = x.length;
            for (; i < m - 1; i++) {
              I += (i % 2 !== 0 ? 4 : 2) * f(x[i]);
            }
            return h / 3 * (I + f(b));
          },
          hermite: function hermite(X, F, dF, value) {
            var n = X.length;
            var p = 0;
            var i = 0;
            var l = [];
            var dl = [];
            var A = [];
            var B = [];
            var j;
            for (; i < n; i++) {
              l[i] = 1;
              for (j = 0; j < n; j++) {
                if (i != j) l[i] *= (value - X[j]) / (X[i] - X[j]);
              }
              dl[i] = 0;
              for (j = 0; j < n; j++) {
                if (i != j) dl[i] += 1 / (X[i] - X[j]);
              }
              A[i] = (1 - 2 * (value - X[i]) * dl[i]) * (l[i] * l[i]);
              B[i] = (value - X[i]) * (l[i] * l[i]);
              p += A[i] * F[i] + B[i] * dF[i];
            }
            return p;
          },
          lagrange: function lagrange(X, F, value) {
            var p = 0;
            var i = 0;
            var j, l;
            var n = X.length;
            for (; i < n; i++) {
              l = F[i];
              for (j = 0; j < n; j++) {
                if (i != j) l *= (value - X[j]) / (X[i] - X[j]);
              }
              p += l;
            }
            return p;
          },
          cubic_spline: function cubic_spline(X, F, value) {
            var n = X.length;
            var i = 0, j;
            var A = [];
            var B = [];
            var alpha = [];
            var c = [];
            var h = [];
            var b = [];
            var d = [];
            for (; i < n - 1; i++)
              h[i] = X[i + 1] - X[i];
            alpha[0] = 0;
            for (i = 1; i < n - 1; i++) {
              alpha[i] = 3 / h[i] * (F[i + 1] - F[i]) - 3 / h[i - 1] * (F[i] - F[i - 1]);
            }
            for (i = 1; i < n - 1; i++) {
              A[i] = [];
              B[i] = [];
              A[i][i - 1] = h[i - 1];
              A[i][i] = 2 * (h[i - 1] + h[i]);
              A[i][i + 1] = h[i];
              B[i][0] = alpha[i];
            }
            c = jStat3.multiply(jStat3.inv(A), B);
            for (j = 0; j < n - 1; j++) {
              b[j] = (F[j + 1] - F[j]) / h[j] - h[j] * (c[j + 1][0] + 2 * c[j][0]) / 3;
              d[j] = (c[j + 1][0] - c[j][0]) / (3 * h[j]);
            }
            for (j = 0; j < n; j++) {
              if (X[j] > value) break;
            }
            j -= 1;
            return F[j] + (value - X[j]) * b[j] + jStat3.sq(value - X[j]) * c[j] + (value - X[j]) * jStat3.sq(value - X[j]) * d[j];
          },
          gauss_quadrature: function gauss_quadrature() {
            throw new Error("gauss_quadrature not yet implemented");
          },
          PCA: function PCA(X) {
            var m = X.length;
            var n = X[0].length;
            var i = 0;
            var j, temp1;
            var u = [];
            var D = [];
            var result = [];
            var temp2 = [];
            var Y = [];
            var Bt = [];
            var B = [];
            var C = [];
            var V = [];
            var Vt = [];
            for (i = 0; i < m; i++) {
              u[i] = jStat3.sum(X[i]) / n;
            }
            for (i = 0; i < n; i++) {
              B[i] = [];
              for (j = 0; j < m; j++) {
                B[i][j] = X[j][i] - u[j];
              }
            }
            B = jStat3.transpose(B);
            for (i = 0; i < m; i++) {
              C[i] = [];
              for (j = 0; j < m; j++) {
                C[i][j] = jStat3.dot([B[i]], [B[j]]) / (n - 1);
              }
            }
            result = jStat3.jacobi(C);
            V = result[0];
            D = result[1];
            Vt = jStat3.transpose(V);
            for (i = 0; i < D.length; i++) {
              for (j = i; j < D.length; j++) {
                if (D[i] < D[j]) {
                  temp1 = D[i];
                  D[i] = D[j];
                  D[j] = temp1;
                  temp2 = Vt[i];
                  Vt[i] = Vt[j];
                  Vt[j] = temp2;
                }
              }
            }
            Bt = jStat3.transpose(B);
            for (i = 0; i < m; i++) {
              Y[i] = [];
              for (j = 0; j < Bt.length; j++) {
                Y[i][j] = jStat3.dot([Vt[i]], [Bt[j]]);
              }
            }
            return [X, D, Vt, Y];
          }
        });
        (function(funcs) {
          for (var i = 0; i < funcs.length; i++) (function(passfunc) {
            jStat3.fn[passfunc] = function(arg, func) {
              var tmpthis = this;
              if (func) {
                setTimeout(function() {
                  func.call(tmpthis, jStat3.fn[passfunc].call(tmpthis, arg));
                }, 15);
                return this;
              }
              if (typeof jStat3[passfunc](this, arg) === "number")
                return jStat3[passfunc](this, arg);
              else
                return jStat3(jStat3[passfunc](this, arg));
            };
          })(funcs[i]);
        })("add divide multiply subtract dot pow exp log abs norm angle".split(" "));
      })(jStat2, Math);
      (function(jStat3, Math2) {
        var slice = [].slice;
        var isNumber = jStat3.utils.isNumber;
        var isArray = jStat3.utils.isArray;
        jStat3.extend({
          // 2 different parameter lists:
          // (value, mean, sd)
          // (value, array, flag)
          zscore: function zscore() {
            var args = slice.call(arguments);
            if (isNumber(args[1])) {
              return (args[0] - args[1]) / args[2];
            }
            return (args[0] - jStat3.mean(args[1])) / jStat3.stdev(args[1], args[2]);
          },
          // 3 different paramter lists:
          // (value, mean, sd, sides)
          // (zscore, sides)
          // (value, array, sides, flag)
          ztest: function ztest() {
            var args = slice.call(arguments);
            var z;
            if (isArray(args[1])) {
              z = jStat3.zscore(args[0], args[1], args[3]);
              return args[2] === 1 ? jStat3.normal.cdf(-Math2.abs(z), 0, 1) : jStat3.normal.cdf(-Math2.abs(z), 0, 1) * 2;
            } else {
              if (args.length > 2) {
                z = jStat3.zscore(args[0], args[1], args[2]);
                return args[3] === 1 ? jStat3.normal.cdf(-Math2.abs(z), 0, 1) : jStat3.normal.cdf(-Math2.abs(z), 0, 1) * 2;
              } else {
                z = args[0];
                return args[1] === 1 ? jStat3.normal.cdf(-Math2.abs(z), 0, 1) : jStat3.normal.cdf(-Math2.abs(z), 0, 1) * 2;
              }
            }
          }
        });
        jStat3.extend(jStat3.fn, {
          zscore: function zscore(value, flag) {
            return (value - this.mean()) / this.stdev(flag);
          },
          ztest: function ztest(value, sides, flag) {
            var zscore = Math2.abs(this.zscore(value, flag));
            return sides === 1 ? jStat3.normal.cdf(-zscore, 0, 1) : jStat3.normal.cdf(-zscore, 0, 1) * 2;
          }
        });
        jStat3.extend({
          // 2 parameter lists
          // (value, mean, sd, n)
          // (value, array)
          tscore: function tscore() {
            var args = slice.call(arguments);
            return args.length === 4 ? (args[0] - args[1]) / (args[2] / Math2.sqrt(args[3])) : (args[0] - jStat3.mean(args[1])) / (jStat3.stdev(args[1], true) / Math2.sqrt(args[1].length));
          },
          // 3 different paramter lists:
          // (value, mean, sd, n, sides)
          // (tscore, n, sides)
          // (value, array, sides)
          ttest: function ttest() {
            var args = slice.call(arguments);
            var tscore;
            if (args.length === 5) {
              tscore = Math2.abs(jStat3.tscore(args[0], args[1], args[2], args[3]));
              return args[4] === 1 ? jStat3.studentt.cdf(-tscore, args[3] - 1) : jStat3.studentt.cdf(-tscore, args[3] - 1) * 2;
            }
            if (isNumber(args[1])) {
              tscore = Math2.abs(args[0]);
              return args[2] == 1 ? jStat3.studentt.cdf(-tscore, args[1] - 1) : jStat3.studentt.cdf(-tscore, args[1] - 1) * 2;
            }
            tscore = Math2.abs(jStat3.tscore(args[0], args[1]));
            return args[2] == 1 ? jStat3.studentt.cdf(-tscore, args[1].length - 1) : jStat3.studentt.cdf(-tscore, args[1].length - 1) * 2;
          }
        });
        jStat3.extend(jStat3.fn, {
          tscore: function tscore(value) {
            return (value - this.mean()) / (this.stdev(true) / Math2.sqrt(this.cols()));
          },
          ttest: function ttest(value, sides) {
            return sides === 1 ? 1 - jStat3.studentt.cdf(Math2.abs(this.tscore(value)), this.cols() - 1) : jStat3.studentt.cdf(-Math2.abs(this.tscore(value)), this.cols() - 1) * 2;
          }
        });
        jStat3.extend({
          // Paramter list is as follows:
          // (array1, array2, array3, ...)
          // or it is an array of arrays
          // array of arrays conversion
          anovafscore: function anovafscore() {
            var args = slice.call(arguments), expVar, sample, sampMean, sampSampMean, tmpargs, unexpVar, i, j;
            if (args.length === 1) {
              tmpargs = new Array(args[0].length);
              for (i = 0; i < args[0].length; i++) {
                tmpargs[i] = args[0][i];
              }
              args = tmpargs;
            }
            sample = new Array();
            for (i = 0; i < args.length; i++) {
              sample = sample.concat(args[i]);
            }
            sampMean = jStat3.mean(sample);
            expVar = 0;
            for (i = 0; i < args.length; i++) {
              expVar = expVar + args[i].length * Math2.pow(jStat3.mean(args[i]) - sampMean, 2);
            }
            expVar /= args.length - 1;
            unexpVar = 0;
            for (i = 0; i < args.length; i++) {
              sampSampMean = jStat3.mean(args[i]);
              for (j = 0; j < args[i].length; j++) {
                unexpVar += Math2.pow(args[i][j] - sampSampMean, 2);
              }
            }
            unexpVar /= sample.length - args.length;
            return expVar / unexpVar;
          },
          // 2 different paramter setups
          // (array1, array2, array3, ...)
          // (anovafscore, df1, df2)
          anovaftest: function anovaftest() {
            var args = slice.call(arguments), df1, df2, n, i;
            if (isNumber(args[0])) {
              return 1 - jStat3.centralF.cdf(args[0], args[1], args[2]);
            }
            var anovafscore = jStat3.anovafscore(args);
            df1 = args.length - 1;
            n = 0;
            for (i = 0; i < args.length; i++) {
              n = n + args[i].length;
            }
            df2 = n - df1 - 1;
            return 1 - jStat3.centralF.cdf(anovafscore, df1, df2);
          },
          ftest: function ftest(fscore, df1, df2) {
            return 1 - jStat3.centralF.cdf(fscore, df1, df2);
          }
        });
        jStat3.extend(jStat3.fn, {
          anovafscore: function anovafscore() {
            return jStat3.anovafscore(this.toArray());
          },
          anovaftes: function anovaftes() {
            var n = 0;
            var i;
            for (i = 0; i < this.length; i++) {
              n = n + this[i].length;
            }
            return jStat3.ftest(this.anovafscore(), this.length - 1, n - this.length);
          }
        });
        jStat3.extend({
          // 2 parameter lists
          // (mean1, mean2, n1, n2, sd)
          // (array1, array2, sd)
          qscore: function qscore() {
            var args = slice.call(arguments);
            var mean1, mean2, n1, n2, sd;
            if (isNumber(args[0])) {
              mean1 = args[0];
              mean2 = args[1];
              n1 = args[2];
              n2 = args[3];
              sd = args[4];
            } else {
              mean1 = jStat3.mean(args[0]);
              mean2 = jStat3.mean(args[1]);
              n1 = args[0].length;
              n2 = args[1].length;
              sd = args[2];
            }
            return Math2.abs(mean1 - mean2) / (sd * Math2.sqrt((1 / n1 + 1 / n2) / 2));
          },
          // 3 different parameter lists:
          // (qscore, n, k)
          // (mean1, mean2, n1, n2, sd, n, k)
          // (array1, array2, sd, n, k)
          qtest: function qtest() {
            var args = slice.call(arguments);
            var qscore;
            if (args.length === 3) {
              qscore = args[0];
              args = args.slice(1);
            } else if (args.length === 7) {
              qscore = jStat3.qscore(args[0], args[1], args[2], args[3], args[4]);
              args = args.slice(5);
            } else {
              qscore = jStat3.qscore(args[0], args[1], args[2]);
              args = args.slice(3);
            }
            var n = args[0];
            var k = args[1];
            return 1 - jStat3.tukey.cdf(qscore, k, n - k);
          },
          tukeyhsd: function tukeyhsd(arrays) {
            var sd = jStat3.pooledstdev(arrays);
            var means = arrays.map(function(arr) {
              return jStat3.mean(arr);
            });
            var n = arrays.reduce(function(n2, arr) {
              return n2 + arr.length;
            }, 0);
            var results = [];
            for (var i = 0; i < arrays.length; ++i) {
              for (var j = i + 1; j < arrays.length; ++j) {
                var p = jStat3.qtest(means[i], means[j], arrays[i].length, arrays[j].length, sd, n, arrays.length);
                results.push([[i, j], p]);
              }
            }
            return results;
          }
        });
        jStat3.extend({
          // 2 different parameter setups
          // (value, alpha, sd, n)
          // (value, alpha, array)
          normalci: function normalci() {
            var args = slice.call(arguments), ans = new Array(2), change;
            if (args.length === 4) {
              change = Math2.abs(jStat3.normal.inv(args[1] / 2, 0, 1) * args[2] / Math2.sqrt(args[3]));
            } else {
              change = Math2.abs(jStat3.normal.inv(args[1] / 2, 0, 1) * jStat3.stdev(args[2]) / Math2.sqrt(args[2].length));
            }
            ans[0] = args[0] - change;
            ans[1] = args[0] + change;
            return ans;
          },
          // 2 different parameter setups
          // (value, alpha, sd, n)
          // (value, alpha, array)
          tci: function tci() {
            var args = slice.call(arguments), ans = new Array(2), change;
            if (args.length === 4) {
              change = Math2.abs(jStat3.studentt.inv(args[1] / 2, args[3] - 1) * args[2] / Math2.sqrt(args[3]));
            } else {
              change = Math2.abs(jStat3.studentt.inv(args[1] / 2, args[2].length - 1) * jStat3.stdev(args[2], true) / Math2.sqrt(args[2].length));
            }
            ans[0] = args[0] - change;
            ans[1] = args[0] + change;
            return ans;
          },
          significant: function significant(pvalue, alpha) {
            return pvalue < alpha;
          }
        });
        jStat3.extend(jStat3.fn, {
          normalci: function normalci(value, alpha) {
            return jStat3.normalci(value, alpha, this.toArray());
          },
          tci: function tci(value, alpha) {
            return jStat3.tci(value, alpha, this.toArray());
          }
        });
        function differenceOfProportions(p1, n1, p2, n2) {
          if (p1 > 1 || p2 > 1 || p1 <= 0 || p2 <= 0) {
            throw new Error("Proportions should be greater than 0 and less than 1");
          }
          var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
          var se = Math2.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
          return (p1 - p2) / se;
        }
        jStat3.extend(jStat3.fn, {
          oneSidedDifferenceOfProportions: function oneSidedDifferenceOfProportions(p1, n1, p2, n2) {
            var z = differenceOfProportions(p1, n1, p2, n2);
            return jStat3.ztest(z, 1);
          },
          twoSidedDifferenceOfProportions: function twoSidedDifferenceOfProportions(p1, n1, p2, n2) {
            var z = differenceOfProportions(p1, n1, p2, n2);
            return jStat3.ztest(z, 2);
          }
        });
      })(jStat2, Math);
      jStat2.models = /* @__PURE__ */ (function() {
        function sub_regress(exog) {
          var var_count = exog[0].length;
          var modelList = jStat2.arange(var_count).map(function(endog_index) {
            var exog_index = jStat2.arange(var_count).filter(function(i) {
              return i !== endog_index;
            });
            return ols(
              jStat2.col(exog, endog_index).map(function(x) {
                return x[0];
              }),
              jStat2.col(exog, exog_index)
            );
          });
          return modelList;
        }
        function ols(endog, exog) {
          var nobs = endog.length;
          var df_model = exog[0].length - 1;
          var df_resid = nobs - df_model - 1;
          var coef = jStat2.lstsq(exog, endog);
          var predict = jStat2.multiply(exog, coef.map(function(x) {
            return [x];
          })).map(function(p) {
            return p[0];
          });
          var resid = jStat2.subtract(endog, predict);
          var ybar = jStat2.mean(endog);
          var SSE = jStat2.sum(predict.map(function(f) {
            return Math.pow(f - ybar, 2);
          }));
          var SSR = jStat2.sum(endog.map(function(y, i) {
            return Math.pow(y - predict[i], 2);
          }));
          var SST = SSE + SSR;
          var R2 = SSE / SST;
          return {
            exog,
            endog,
            nobs,
            df_model,
            df_resid,
            coef,
            predict,
            resid,
            ybar,
            SST,
            SSE,
            SSR,
            R2
          };
        }
        function t_test(model) {
          var subModelList = sub_regress(model.exog);
          var sigmaHat = Math.sqrt(model.SSR / model.df_resid);
          var seBetaHat = subModelList.map(function(mod) {
            var SST = mod.SST;
            var R2 = mod.R2;
            return sigmaHat / Math.sqrt(SST * (1 - R2));
          });
          var tStatistic = model.coef.map(function(coef, i) {
            return (coef - 0) / seBetaHat[i];
          });
          var pValue = tStatistic.map(function(t) {
            var leftppf = jStat2.studentt.cdf(t, model.df_resid);
            return (leftppf > 0.5 ? 1 - leftppf : leftppf) * 2;
          });
          var c = jStat2.studentt.inv(0.975, model.df_resid);
          var interval95 = model.coef.map(function(coef, i) {
            var d = c * seBetaHat[i];
            return [coef - d, coef + d];
          });
          return {
            se: seBetaHat,
            t: tStatistic,
            p: pValue,
            sigmaHat,
            interval95
          };
        }
        function F_test(model) {
          var F_statistic = model.R2 / model.df_model / ((1 - model.R2) / model.df_resid);
          var fcdf = function(x, n1, n2) {
            return jStat2.beta.cdf(x / (n2 / n1 + x), n1 / 2, n2 / 2);
          };
          var pvalue = 1 - fcdf(F_statistic, model.df_model, model.df_resid);
          return { F_statistic, pvalue };
        }
        function ols_wrap(endog, exog) {
          var model = ols(endog, exog);
          var ttest = t_test(model);
          var ftest = F_test(model);
          var adjust_R2 = 1 - (1 - model.R2) * ((model.nobs - 1) / model.df_resid);
          model.t = ttest;
          model.f = ftest;
          model.adjust_R2 = adjust_R2;
          return model;
        }
        return { ols: ols_wrap };
      })();
      jStat2.extend({
        buildxmatrix: function buildxmatrix() {
          var matrixRows = new Array(arguments.length);
          for (var i = 0; i < arguments.length; i++) {
            var array = [1];
            matrixRows[i] = array.concat(arguments[i]);
          }
          return jStat2(matrixRows);
        },
        builddxmatrix: function builddxmatrix() {
          var matrixRows = new Array(arguments[0].length);
          for (var i = 0; i < arguments[0].length; i++) {
            var array = [1];
            matrixRows[i] = array.concat(arguments[0][i]);
          }
          return jStat2(matrixRows);
        },
        buildjxmatrix: function buildjxmatrix(jMat) {
          var pass = new Array(jMat.length);
          for (var i = 0; i < jMat.length; i++) {
            pass[i] = jMat[i];
          }
          return jStat2.builddxmatrix(pass);
        },
        buildymatrix: function buildymatrix(array) {
          return jStat2(array).transpose();
        },
        buildjymatrix: function buildjymatrix(jMat) {
          return jMat.transpose();
        },
        matrixmult: function matrixmult(A, B) {
          var i, j, k, result, sum;
          if (A.cols() == B.rows()) {
            if (B.rows() > 1) {
              result = [];
              for (i = 0; i < A.rows(); i++) {
                result[i] = [];
                for (j = 0; j < B.cols(); j++) {
                  sum = 0;
                  for (k = 0; k < A.cols(); k++) {
                    sum += A.toArray()[i][k] * B.toArray()[k][j];
                  }
                  result[i][j] = sum;
                }
              }
              return jStat2(result);
            }
            result = [];
            for (i = 0; i < A.rows(); i++) {
              result[i] = [];
              for (j = 0; j < B.cols(); j++) {
                sum = 0;
                for (k = 0; k < A.cols(); k++) {
                  sum += A.toArray()[i][k] * B.toArray()[j];
                }
                result[i][j] = sum;
              }
            }
            return jStat2(result);
          }
        },
        //regress and regresst to be fixed
        regress: function regress(jMatX, jMatY) {
          var innerinv = jStat2.xtranspxinv(jMatX);
          var xtransp = jMatX.transpose();
          var next = jStat2.matrixmult(jStat2(innerinv), xtransp);
          return jStat2.matrixmult(next, jMatY);
        },
        regresst: function regresst(jMatX, jMatY, sides) {
          var beta = jStat2.regress(jMatX, jMatY);
          var compile = {};
          compile.anova = {};
          var jMatYBar = jStat2.jMatYBar(jMatX, beta);
          compile.yBar = jMatYBar;
          var yAverage = jMatY.mean();
          compile.anova.residuals = jStat2.residuals(jMatY, jMatYBar);
          compile.anova.ssr = jStat2.ssr(jMatYBar, yAverage);
          compile.anova.msr = compile.anova.ssr / (jMatX[0].length - 1);
          compile.anova.sse = jStat2.sse(jMatY, jMatYBar);
          compile.anova.mse = compile.anova.sse / (jMatY.length - (jMatX[0].length - 1) - 1);
          compile.anova.sst = jStat2.sst(jMatY, yAverage);
          compile.anova.mst = compile.anova.sst / (jMatY.length - 1);
          compile.anova.r2 = 1 - compile.anova.sse / compile.anova.sst;
          if (compile.anova.r2 < 0) compile.anova.r2 = 0;
          compile.anova.fratio = compile.anova.msr / compile.anova.mse;
          compile.anova.pvalue = jStat2.anovaftest(
            compile.anova.fratio,
            jMatX[0].length - 1,
            jMatY.length - (jMatX[0].length - 1) - 1
          );
          compile.anova.rmse = Math.sqrt(compile.anova.mse);
          compile.anova.r2adj = 1 - compile.anova.mse / compile.anova.mst;
          if (compile.anova.r2adj < 0) compile.anova.r2adj = 0;
          compile.stats = new Array(jMatX[0].length);
          var covar = jStat2.xtranspxinv(jMatX);
          var sds, ts, ps;
          for (var i = 0; i < beta.length; i++) {
            sds = Math.sqrt(compile.anova.mse * Math.abs(covar[i][i]));
            ts = Math.abs(beta[i] / sds);
            ps = jStat2.ttest(ts, jMatY.length - jMatX[0].length - 1, sides);
            compile.stats[i] = [beta[i], sds, ts, ps];
          }
          compile.regress = beta;
          return compile;
        },
        xtranspx: function xtranspx(jMatX) {
          return jStat2.matrixmult(jMatX.transpose(), jMatX);
        },
        xtranspxinv: function xtranspxinv(jMatX) {
          var inner = jStat2.matrixmult(jMatX.transpose(), jMatX);
          var innerinv = jStat2.inv(inner);
          return innerinv;
        },
        jMatYBar: function jMatYBar(jMatX, beta) {
          var yBar = jStat2.matrixmult(jMatX, beta);
          return new jStat2(yBar);
        },
        residuals: function residuals(jMatY, jMatYBar) {
          return jStat2.matrixsubtract(jMatY, jMatYBar);
        },
        ssr: function ssr(jMatYBar, yAverage) {
          var ssr2 = 0;
          for (var i = 0; i < jMatYBar.length; i++) {
            ssr2 += Math.pow(jMatYBar[i] - yAverage, 2);
          }
          return ssr2;
        },
        sse: function sse(jMatY, jMatYBar) {
          var sse2 = 0;
          for (var i = 0; i < jMatY.length; i++) {
            sse2 += Math.pow(jMatY[i] - jMatYBar[i], 2);
          }
          return sse2;
        },
        sst: function sst(jMatY, yAverage) {
          var sst2 = 0;
          for (var i = 0; i < jMatY.length; i++) {
            sst2 += Math.pow(jMatY[i] - yAverage, 2);
          }
          return sst2;
        },
        matrixsubtract: function matrixsubtract(A, B) {
          var ans = new Array(A.length);
          for (var i = 0; i < A.length; i++) {
            ans[i] = new Array(A[i].length);
            for (var j = 0; j < A[i].length; j++) {
              ans[i][j] = A[i][j] - B[i][j];
            }
          }
          return jStat2(ans);
        }
      });
      jStat2.jStat = jStat2;
      return jStat2;
    });
  }
});

// src/io/rules-file.ts
import { readFile } from "node:fs/promises";

// src/config.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var import_yaml = __toESM(require_dist(), 1);

// src/analysis/sizes.ts
var NUMBER = /\d+(?:\.\d+)?/g;
var MIN_MEMBERS = 3;
var MIN_SPAN = 4;
function sizeFamilies(names) {
  const byTemplate = /* @__PURE__ */ new Map();
  for (const name of new Set(names)) {
    const numbers = name.match(NUMBER) ?? [];
    if (numbers.length === 0) continue;
    const template = name.replace(NUMBER, "#");
    const list = byTemplate.get(template) ?? [];
    list.push({ name, numbers });
    byTemplate.set(template, list);
  }
  const families = /* @__PURE__ */ new Map();
  for (const [template, list] of byTemplate) {
    if (list.length < MIN_MEMBERS) continue;
    const positions = list[0].numbers.length;
    const at = Array.from({ length: positions }, (_, i2) => i2).find((i2) => new Set(list.map((m) => m.numbers[i2])).size > 1);
    if (at === void 0) continue;
    const sizes = list.map((m) => Number(m.numbers[at]));
    if (new Set(sizes).size !== sizes.length || sizes.some((s) => !(s > 0))) continue;
    if (Math.max(...sizes) / Math.min(...sizes) < MIN_SPAN) continue;
    let i = 0;
    const label = template.replace(/#/g, () => i++ === at ? "n" : "#");
    families.set(
      label,
      list.map((m, k) => ({ benchmark: m.name, size: sizes[k] })).sort((a, b) => a.size - b.size)
    );
  }
  return families;
}
function exponentOf(sizes, figures) {
  const x = sizes.map(Math.log);
  const y = figures.map(Math.log);
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  return sxy / sxx;
}

// src/config.ts
var DEFAULT_THRESHOLDS = {
  "*": { regression_limit: 1.1, fail: false },
  time: { regression_limit: 1.1, max_exponent_increase: 0.5, fail: true },
  "memory_*": { regression_limit: 1.2, max_exponent_increase: 0.5, fail: true },
  accuracy: { regression_limit: false, minimum_threshold: 0.95, fail: true },
  // Counted under Valgrind (measure: instructions): repeats within 0.02 % here, beside CPU hogs too,
  // so +1 % is fifty times the noise; a +2 % work change counted +1.5 % (a harness's own fixed cost per call).
  instructions: { regression_limit: 1.01, fail: true }
};
var DEFAULT_RULES = {
  statistic: "mean",
  confidence: 0.99,
  history: 20,
  runner_correction: true,
  fail_on_missing: false,
  ignore: [],
  baseline_thresholds: {},
  overrides: [],
  sizes: {}
};
var MAX_ALIASES = 100;
var METRIC_ALIASES = { execution_time: "time" };
var validate = lazyValidator("rules");
function normalizeThresholds(t) {
  const out = {};
  for (const [k, v] of Object.entries(t ?? {})) out[METRIC_ALIASES[k] ?? k] = v;
  return out;
}
function checkGlob(pattern, where) {
  let source;
  try {
    source = import_picomatch.default.makeRe(pattern, { dot: true }).source;
  } catch (error) {
    throw new ConfigError(`${where}: "${pattern}" is not a valid glob (${error.message})`);
  }
  if (source === "$^")
    throw new ConfigError(
      `${where}: "${pattern}" is not a valid glob (it can match nothing: check its braces, ranges and backslashes)`
    );
}
function parseRules(text, source) {
  const doc = (0, import_yaml.parseDocument)(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : "";
    throw new ConfigError(`${source}: ${at}expected valid YAML (${e.message.split("\n")[0]})`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    throw new ConfigError(`${source}: expected YAML without excessive aliases (${error.message})`);
  }
  const invalid = validate(data);
  if (invalid) {
    throw new ConfigError(`${source}: ${describeSchemaError(invalid)}`);
  }
  const raw = data;
  const list = (patterns) => [].concat(patterns ?? []);
  raw.overrides?.forEach((o, i) => {
    for (const p of list(o.benchmarks)) checkGlob(p, `${source}: overrides[${i}].benchmarks`);
    for (const p of list(o.groups)) checkGlob(p, `${source}: overrides[${i}].groups`);
  });
  for (const p of list(raw.ignore)) checkGlob(p, `${source}: ignore`);
  const named = /* @__PURE__ */ new Map();
  for (const [family, members] of Object.entries(raw.sizes ?? {})) {
    const sizes = Object.values(members);
    if (new Set(sizes).size !== sizes.length)
      throw new ConfigError(`${source}: sizes.${family}: expected a different size for each benchmark`);
    if (Math.max(...sizes) / Math.min(...sizes) < MIN_SPAN)
      throw new ConfigError(
        `${source}: sizes.${family}: expected sizes spanning at least ${MIN_SPAN}\xD7 (largest \xF7 smallest), for an exponent to mean anything`
      );
    for (const name of Object.keys(members)) {
      const other = named.get(name);
      if (other !== void 0) throw new ConfigError(`${source}: sizes.${family}: "${name}" is already in the family "${other}"`);
      named.set(name, family);
    }
  }
  return {
    ...DEFAULT_RULES,
    ...raw,
    ignore: raw.ignore === void 0 ? [] : [].concat(raw.ignore),
    baseline_thresholds: normalizeThresholds(raw.baseline_thresholds),
    overrides: (raw.overrides ?? []).map((o) => ({ ...o, baseline_thresholds: normalizeThresholds(o.baseline_thresholds) }))
  };
}
var compiled = /* @__PURE__ */ new Map();
function isMatch(value, pattern) {
  const key = Array.isArray(pattern) ? `\0${pattern.join("\0")}` : pattern;
  let test = compiled.get(key);
  if (!test) compiled.set(key, test = (0, import_picomatch.default)(pattern, { dot: true }));
  return test(value);
}
function matches(globs, value) {
  if (globs === void 0) return true;
  if (value === void 0) return false;
  return isMatch(value, globs);
}
function specificity(pattern) {
  if (pattern === "*") return 0;
  return import_picomatch.default.scan(pattern).isGlob ? 1 : 2;
}
function applyThresholds(target, thresholds, metric) {
  const hits = Object.entries(thresholds).filter(([pattern]) => pattern === metric || isMatch(metric, pattern)).sort(([a], [b]) => specificity(a) - specificity(b));
  return hits.reduce((acc, [, r]) => ({ ...acc, ...r }), target);
}
var patternHits = (pattern, metric) => pattern === metric || isMatch(metric, pattern);
function ruleFor(rules, metric, benchmark) {
  const applicable = [
    rules.baseline_thresholds,
    ...rules.overrides.filter((o) => (o.benchmarks !== void 0 || o.groups !== void 0) && matches(o.benchmarks, benchmark.name)).filter((o) => matches(o.groups, benchmark.group)).map((o) => o.baseline_thresholds)
  ];
  let rule = applyThresholds({}, DEFAULT_THRESHOLDS, metric);
  for (const t of applicable) rule = applyThresholds(rule, t, metric);
  const entries = applicable.flatMap((t) => Object.entries(t)).filter(([p]) => patternHits(p, metric));
  const named = entries.some(([p]) => p !== "*");
  const off = entries.some(([, r]) => r.fail === false);
  return named && !off && rule.fail === false ? { ...rule, fail: true } : rule;
}
function unmatchedPatterns(rules, benchmarks) {
  const lines = [];
  const unmatched = (where, p, what, hit) => {
    if (benchmarks.some(hit)) return;
    const regexLike = /[\^$]|\.\*|\.\+|\\[dws]/.test(p);
    lines.push(
      `rules: ${where}: "${p}" matches no ${what} of this run${regexLike ? " (patterns are globs such as bench_*, not regular expressions)" : ""}.`
    );
  };
  const list = (patterns) => [].concat(patterns ?? []);
  rules.overrides.forEach((o, i) => {
    for (const p of list(o.benchmarks)) unmatched(`overrides[${i}].benchmarks`, p, "benchmark", (b) => matches(p, b.name));
    for (const p of list(o.groups)) unmatched(`overrides[${i}].groups`, p, "benchmark", (b) => matches(p, b.group));
  });
  for (const p of rules.ignore) unmatched("ignore", p, "benchmark or group", (b) => isIgnored({ ...rules, ignore: [p] }, b));
  return lines;
}
function isIgnored(rules, benchmark) {
  if (rules.ignore.length === 0) return false;
  return matches(rules.ignore, benchmark.name) || benchmark.group !== void 0 && matches(rules.ignore, benchmark.group);
}

// src/io/rules-file.ts
var DEFAULT_RULES_PATH = ".github/causal-perf.yml";
async function readRules(path) {
  const file = path ?? DEFAULT_RULES_PATH;
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (path === void 0 && code === "ENOENT") return { rules: DEFAULT_RULES, source: null };
    throw new ConfigError(`${file}: cannot read the rules file (${code ?? String(error)})`);
  }
  return { rules: parseRules(text, file), source: file };
}

// src/io/machine.ts
import { cpus } from "node:os";
function machineFacts(env = process.env) {
  const facts = { cpus: cpus().length, node: process.version };
  const model = cpus()[0]?.model;
  if (model) facts.cpu = model.trim();
  for (const [key, name] of [
    ["os", "RUNNER_OS"],
    ["arch", "RUNNER_ARCH"],
    ["runner", "RUNNER_ENVIRONMENT"],
    ["image", "ImageOS"]
  ]) {
    const v = env[name];
    if (v) facts[key] = v;
  }
  return facts;
}

// src/analysis/stats.ts
var import_jstat = __toESM(require_jstat(), 1);

// src/analysis/median.ts
function median(values) {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// src/analysis/stats.ts
function madSigma(values) {
  if (values.length < 2) return NaN;
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}
function quantileSorted(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function fencedMean(values) {
  if (values.length < 4) return values.reduce((a, b) => a + b, 0) / values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const lo = q1 - 1.5 * (q3 - q1);
  const hi = q3 + 1.5 * (q3 - q1);
  let sum = 0;
  let n = 0;
  for (const v of sorted) {
    if (v >= lo && v <= hi) {
      sum += v;
      n++;
    }
  }
  return sum / n;
}
function tConfidence(t, df) {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  return import_jstat.default.studentt.cdf(t, Math.max(1, df));
}
function normalConfidence(z) {
  return import_jstat.default.normal.cdf(z, 0, 1);
}
function tQuantile(p, df) {
  return import_jstat.default.studentt.inv(p, Math.max(1, df));
}
function winsorizedSd(values, share2 = 0.1) {
  const n = values.length;
  if (n < 2) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const k = n >= 5 ? Math.max(1, Math.floor(share2 * n)) : 0;
  const lo = sorted[k];
  const hi = sorted[n - 1 - k];
  const w = sorted.map((v) => Math.min(hi, Math.max(lo, v)));
  const mean2 = w.reduce((a, b) => a + b, 0) / n;
  return Math.sqrt(w.reduce((a, v) => a + (v - mean2) ** 2, 0) / (n - 1));
}
function robustScale(values) {
  if (values.length < 2) return NaN;
  const mad = values.length >= 3 ? madSigma(values) : 0;
  return Math.max(mad, winsorizedSd(values));
}
function biweight(u) {
  return Math.abs(u) >= 1 ? 0 : (1 - u * u) ** 2;
}

// src/analysis/history-test.ts
function medianTail(q, k) {
  if (k <= 1 || q <= 0) return q;
  if (q >= 1) return 1;
  const need = Math.floor(k / 2) + 1;
  let total = 0;
  let c = 1;
  for (let j = 0; j <= k; j++) {
    if (j > 0) c = c * (k - j + 1) / j;
    if (j >= need) total += c * q ** j * (1 - q) ** (k - j);
  }
  return total;
}
var MIN_SUITE_TAIL = 10;
function share(values, atLeast) {
  if (values.length === 0 || !(atLeast > 0)) return 0;
  let k = 0;
  for (const v of values) if (v >= atLeast) k++;
  return k / values.length;
}
function suiteTailModel(values) {
  const n = values.length;
  if (n < MIN_SUITE_TAIL) return () => 0;
  const sorted = Float64Array.from(values).sort();
  const u = sorted[Math.floor((n >= 100 ? 0.9 : 0.8) * (n - 1))];
  let sum = 0;
  let count = 0;
  for (const v of sorted)
    if (v > u) {
      sum += v - u;
      count++;
    }
  const beta = count > 0 ? sum / count : 0;
  const seen = (d) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (sorted[mid] < d) lo = mid + 1;
      else hi = mid;
    }
    return (n - lo) / n;
  };
  return (d) => {
    if (!(d > 0)) return 0;
    const share2 = seen(d);
    if (d <= u || !(beta > 0)) return share2;
    return Math.max(share2, count / n * Math.exp(-(d - u) / beta));
  };
}
function historyTest(e, confidence) {
  const z = e.sd > 0 ? e.worse / e.sd : e.worse > 0 ? Infinity : e.worse < 0 ? -Infinity : 0;
  const p = e.sd > 0 || e.worse !== 0 ? tConfidence(z, e.df) : 0.5;
  const tailOf = (sign) => Math.max(
    e.own.length >= 2 ? share(
      e.own.map((v) => sign * v),
      sign * e.worse
    ) : 0,
    (sign === 1 ? e.suite.worse : e.suite.better)(sign * e.worse)
  );
  const k = e.runs ?? 1;
  const tailWorse = medianTail(tailOf(1), k);
  const tailBetter = medianTail(tailOf(-1), k);
  return {
    worseConfidence: Math.min(p, 1 - tailWorse),
    betterConfidence: Math.min(1 - p, 1 - tailBetter),
    tailWorse,
    tailBetter,
    detectable: Math.exp(tQuantile(confidence, e.df) * e.sd)
  };
}

// src/analysis/changes.ts
function withinSum(sorted) {
  let s = 0;
  const m = sorted.length;
  for (let j = 0; j < m; j++) s += sorted[j] * (2 * j - (m - 1));
  return s;
}
function betweenSum(x, y) {
  const prefix = [0];
  for (const v of y) prefix.push(prefix.at(-1) + v);
  const total = prefix.at(-1);
  let s = 0;
  let k = 0;
  for (const v of x) {
    while (k < y.length && y[k] <= v) k++;
    const below = prefix[k];
    s += v * k - below + (total - below) - v * (y.length - k);
  }
  return s;
}
function energySorted(x, y) {
  const m = x.length;
  const n = y.length;
  const e = 2 * betweenSum(x, y) / (m * n) - withinSum(x) / (m * (m - 1) / 2) - withinSum(y) / (n * (n - 1) / 2);
  return m * n / (m + n) * e;
}
function lowerBound(xs, v) {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const mid = a + b >> 1;
    if (xs[mid] < v) a = mid + 1;
    else b = mid;
  }
  return a;
}
var insertSorted = (xs, v) => xs.splice(lowerBound(xs, v), 0, v);
var removeSorted = (xs, v) => xs.splice(lowerBound(xs, v), 1);
function mannWhitneyP(a, b) {
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((p, q) => p.v - q.v);
  const ranks = new Array(all.length);
  let tie = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].v === all[i].v) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[k] = r;
    const t = j - i + 1;
    tie += t ** 3 - t;
    i = j + 1;
  }
  const m = a.length;
  const n = b.length;
  let ra = 0;
  all.forEach((p, i) => {
    if (p.g === 0) ra += ranks[i];
  });
  const u = ra - m * (m + 1) / 2;
  const N = m + n;
  const sd = Math.sqrt(m * n / 12 * (N + 1 - tie / (N * (N - 1))));
  if (sd === 0) return 1;
  const z = Math.abs(u - m * n / 2) / sd;
  return Math.min(1, 2 * (1 - normalCdf(z)));
}
function normalCdf(z) {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-((z / Math.SQRT2) ** 2));
  return 0.5 * (1 + erf);
}
function changePoints(values, options = {}) {
  const window = options.window ?? 50;
  const alpha = options.pValue ?? 1e-3;
  const minSize = options.minSize ?? 5;
  const logs = values.map((v) => v > 0 ? Math.log(v) : NaN);
  if (logs.some((v) => !Number.isFinite(v))) return [];
  const found = [];
  const search = (lo, hi) => {
    if (hi - lo < 2 * minSize) return;
    let best = -Infinity;
    let at = -1;
    const first = lo + minSize;
    const sortedLeft = logs.slice(Math.max(lo, first - window), first).sort((a, b) => a - b);
    const sortedRight = logs.slice(first, Math.min(hi, first + window)).sort((a, b) => a - b);
    for (let t = first; t <= hi - minSize; t++) {
      if (t > first) {
        const moved = logs[t - 1];
        insertSorted(sortedLeft, moved);
        if (t - 1 - window >= lo) removeSorted(sortedLeft, logs[t - 1 - window]);
        removeSorted(sortedRight, moved);
        if (t - 1 + window < hi) insertSorted(sortedRight, logs[t - 1 + window]);
      }
      const q = energySorted(sortedLeft, sortedRight);
      if (q > best) {
        best = q;
        at = t;
      }
    }
    if (at < 0) return;
    const left = logs.slice(Math.max(lo, at - window), at);
    const right = logs.slice(at, Math.min(hi, at + window));
    const p = mannWhitneyP(left, right);
    if (p > alpha) return;
    found.push({ index: at, from: at - 1, to: at, before: NaN, after: NaN, ratio: NaN, interval: [NaN, NaN], p });
    search(lo, at);
    search(at, hi);
  };
  search(0, logs.length);
  found.sort((a, b) => a.index - b.index);
  found.forEach((c, k) => {
    const lo = Math.max(k > 0 ? found[k - 1].index : 0, c.index - window);
    const hi = Math.min(k + 1 < found.length ? found[k + 1].index : logs.length, c.index + window);
    const left = logs.slice(lo, c.index);
    const right = logs.slice(c.index, hi);
    const d = median(right) - median(left);
    const sigmaL = Math.max(madOf(left), 1e-9);
    const sigmaR = Math.max(madOf(right), 1e-9);
    let from = c.index - 1;
    while (from > lo && Math.abs(logs[from] - median(left)) > 3 * sigmaL) from--;
    let to = c.index;
    while (to < hi - 1 && Math.abs(logs[to] - median(right)) > 3 * sigmaR) to++;
    const se = 1.2533 * Math.sqrt(variance(left) / left.length + variance(right) / right.length);
    Object.assign(c, {
      from,
      to,
      before: Math.exp(median(left)),
      after: Math.exp(median(right)),
      ratio: Math.exp(d),
      interval: [Math.exp(d - 1.96 * se), Math.exp(d + 1.96 * se)]
    });
  });
  return found;
}
function madOf(xs) {
  const m = median(xs);
  return 1.4826 * median(xs.map((x) => Math.abs(x - m)));
}
function variance(xs) {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1);
}

// src/analysis/levels.ts
var LEVEL_P = 2e-3;
var MIN_LEVEL_RUNS = 4;
var MIN_LEVEL_CHANGE = 0.015;
var FRESH_RUNS = [4, 3, 2];
function freshLevel(values, from, head, judged) {
  const n = values.length;
  const beyond = (before) => {
    const center = median(before);
    const margin = Math.max(3 * Math.max(robustScale(before), 5e-3), MIN_LEVEL_CHANGE);
    return { center, margin, hi: maxOf(before), lo: minOf(before) };
  };
  if (judged !== void 0)
    for (const start of [judged - 1, judged]) {
      const before = values.slice(from, start);
      const tail = values.slice(start);
      if (before.length < MIN_LEVEL_RUNS || tail.length < 2) continue;
      const { center, margin } = beyond(before);
      for (const side of [1, -1]) {
        const off = (v) => side * (v - center) > margin;
        if (off(values[start]) && off(median(tail)) && 2 * tail.filter(off).length > tail.length) return start;
      }
    }
  const withHead = judged === n - 1 && head !== void 0 && Number.isFinite(head) ? [1] : [];
  for (const m of [...FRESH_RUNS, ...withHead]) {
    const before = values.slice(from, n - m);
    const tail = m === 1 ? [values[n - 1], head] : values.slice(n - m);
    if (before.length < MIN_LEVEL_RUNS || tail.length < m) continue;
    const { center, margin, hi, lo } = beyond(before);
    if (m === 1 && Math.abs(tail[0] - tail[1]) > margin) continue;
    if (tail.every((v) => v > hi && v > center + margin) || tail.every((v) => v < lo && v < center - margin)) return n - m;
  }
  return void 0;
}
function levelsOf(logs, head, judgedAt) {
  const at = [];
  const values = [];
  logs.forEach((v, i) => {
    if (Number.isFinite(v)) {
      at.push(i);
      values.push(v);
    }
  });
  const cuts = [];
  const search = (lo, hi) => {
    if (hi - lo < 2 * MIN_LEVEL_RUNS) return;
    let best = 1;
    let split = -1;
    for (let t = lo + MIN_LEVEL_RUNS; t <= hi - MIN_LEVEL_RUNS; t++) {
      const left = values.slice(lo, t);
      const right = values.slice(t, hi);
      if (Math.abs(median(right) - median(left)) < MIN_LEVEL_CHANGE) continue;
      const p = mannWhitneyP(left, right);
      if (p < best) {
        best = p;
        split = t;
      }
    }
    if (split < 0 || best > LEVEL_P) return;
    cuts.push(split);
    search(lo, split);
    search(split, hi);
  };
  search(0, values.length);
  cuts.sort((a, b) => a - b);
  const judged = judgedAt === void 0 ? -1 : at.indexOf(judgedAt);
  const fresh = freshLevel(values, cuts.at(-1) ?? 0, head, judged >= 0 ? judged : void 0);
  if (fresh !== void 0) cuts.push(fresh);
  if (cuts.length === 0) return { from: 0, adjusted: [...logs], changes: 0 };
  const bounds = [0, ...cuts, values.length];
  const medians = bounds.slice(0, -1).map((b, k) => median(values.slice(b, bounds[k + 1])));
  const current = medians.at(-1);
  const adjusted = [...logs];
  for (let k = 0; k < medians.length - 1; k++)
    for (let j = bounds[k]; j < bounds[k + 1]; j++) adjusted[at[j]] = values[j] - medians[k] + current;
  return { from: at[cuts.at(-1)], adjusted, changes: cuts.length };
}

// src/analysis/series.ts
function runStatistic(m, statistic) {
  const s = m.samples;
  if (s && s.length >= 3) {
    if (statistic === "min") return m.direction === "bigger" ? maxOf(s) : minOf(s);
    return statistic === "median" ? median(s) : fencedMean(s);
  }
  return m.value;
}
function spreadsOf(m, center) {
  const s = m.samples;
  if (!(center > 0)) return { full: 0, calm: 0 };
  if (s && s.length >= 3) {
    const logs = s.filter((v) => v > 0).map(Math.log);
    if (logs.length < 3) return { full: 0, calm: 0 };
    const calm = madSigma(logs);
    return { full: Math.max(calm, winsorizedSd(logs)), calm };
  }
  const rel = m.stddev !== void 0 ? m.stddev / center : 0;
  return { full: rel, calm: rel };
}
function roundingStep(history) {
  const distinct = [...new Set(history.filter((v) => Number.isFinite(v) && v > 0))].sort((a, b) => a - b);
  if (distinct.length < 2) return 0;
  let q = Infinity;
  for (let i = 1; i < distinct.length; i++) q = Math.min(q, distinct[i] - distinct[i - 1]);
  if (!(q > 0) || q < 1e-3 * median(distinct)) return 0;
  for (const v of distinct) {
    const k = v / q;
    if (Math.abs(k - Math.round(k)) > 1e-6 * Math.max(1, k)) return 0;
  }
  return q;
}
var SPREAD_RUNS = 5;
function sampleCount(m) {
  return m.samples?.length ?? m.n ?? 0;
}
function withinRunError(m, statistic, spread) {
  const n = sampleCount(m);
  if (n < 2) return 0;
  return (statistic === "median" ? 1.2533 : 1) * spread / Math.sqrt(n);
}
var isTimeLike = (key, m) => key === "time" || key.endsWith("_time") || m.unit === "s";
function gatherSeries(head, window, rules, judgedAt = () => void 0) {
  const baseIndex = window.map((run) => new Map(run.benchmarks.map((b) => [b.name, b])));
  const byMetric = /* @__PURE__ */ new Map();
  for (const b of head.benchmarks) {
    if (isIgnored(rules, b)) continue;
    for (const [key, m] of Object.entries(b.metrics)) {
      const rule = ruleFor(rules, key, b);
      const headRaw = runStatistic(m, rules.statistic);
      const prior = baseIndex.map((idx) => idx.get(b.name)?.metrics[key]);
      const measured = prior.map((pm) => pm ? runStatistic(pm, rules.statistic) : NaN);
      const judged = judgedAt(b.name, key);
      const levels = levelsOf(
        measured.map((v) => v > 0 ? Math.log(v) : NaN),
        headRaw > 0 ? Math.log(headRaw) : void 0,
        judged
      );
      const raw = measured.map((v, r) => v > 0 ? Math.exp(levels.adjusted[r]) : v);
      const recent = [];
      for (let r = prior.length - 1; r >= 0 && recent.length < SPREAD_RUNS; r--) {
        const pm = prior[r];
        if (pm) recent.push(spreadsOf(pm, raw[r]));
      }
      const own = spreadsOf(m, headRaw);
      const series = {
        key,
        benchmark: b,
        metric: m,
        rule,
        direction: rule.direction ?? m.direction,
        raw,
        logs: levels.adjusted,
        levelFrom: levels.from,
        headRaw,
        headLog: headRaw > 0 ? Math.log(headRaw) : NaN,
        headError: withinRunError(m, rules.statistic, own.full),
        sampleSpread: Math.max(own.full, recent.length > 0 ? median(recent.map((x) => x.full)) : 0),
        calmSpread: Math.max(own.calm, recent.length > 0 ? median(recent.map((x) => x.calm)) : 0),
        baseCalm: recent.length > 0 ? median(recent.map((x) => x.calm)) : 0,
        resolution: isTimeLike(key, m) ? roundingStep(measured) : 0,
        judgedAt: judged
      };
      let list = byMetric.get(key);
      if (!list) byMetric.set(key, list = []);
      list.push(series);
    }
  }
  return byMetric;
}
function medianOfRuns(sets, statistic) {
  const first = sets[0];
  const indexes = sets.map((set) => new Map(set.benchmarks.map((b) => [b.name, b])));
  return {
    ...first,
    benchmarks: first.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]) => {
          const values = indexes.map((idx) => idx.get(b.name)?.metrics[key]).filter((x) => x !== void 0).map((x) => runStatistic(x, statistic));
          if (values.length === 1) return [key, m];
          return [key, { value: median(values), unit: m.unit, direction: m.direction }];
        })
      )
    }))
  };
}
function scaleFigures(run, factor, pick) {
  if (factor === 1) return run;
  return {
    ...run,
    benchmarks: run.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]) => [
          key,
          pick(b.name, key, m) ? {
            ...m,
            value: m.value * factor,
            ...m.samples ? { samples: m.samples.map((v) => v * factor) } : {},
            ...m.stddev !== void 0 ? { stddev: m.stddev * factor } : {}
          } : m
        ])
      )
    }))
  };
}

// src/analysis/noise.ts
var PRIOR_RUNS = 2;
var POOL_WEIGHT = 3;
var DF_CAP = 4;
var LONG_HISTORY = 10;
var DF_CAP_LONG = 5;
var TIME_NOISE_FLOOR = 5e-3;
var MIN_RUNS_FOR_SIGMA = 3;
var FADE_FROM = 6;
function priorScale(key, m) {
  if (isTimeLike(key, m)) return 0.05;
  if (key.startsWith("memory")) return 0.01;
  return 0;
}
function runnerLoading(logs, shifts) {
  const xs = [];
  const ss = [];
  logs.forEach((v, r) => {
    if (Number.isFinite(v) && Number.isFinite(shifts[r])) {
      xs.push(v);
      ss.push(shifts[r]);
    }
  });
  if (xs.length < 3) return 1;
  const mx = median(xs);
  const ms = ss.reduce((a, b) => a + b, 0) / ss.length;
  let sxs = 0;
  let sss = 0;
  for (let i = 0; i < xs.length; i++) {
    sxs += (xs[i] - mx) * (ss[i] - ms);
    sss += (ss[i] - ms) ** 2;
  }
  if (!(sss > 0)) return 1;
  const prior = PRIOR_RUNS * sss / xs.length;
  return Math.min(1, Math.max(0, (sxs + prior) / (sss + prior)));
}
function corrected(s, shifts, headShift = 0) {
  const loading = runnerLoading(s.logs, shifts);
  const levels = levelsOf(
    s.logs.map((v, r) => v - loading * shifts[r]),
    s.headLog - loading * headShift,
    s.judgedAt
  );
  const aligned = levels.adjusted;
  const e = aligned.filter(Number.isFinite);
  const center = median(e);
  const from = Math.max(levels.from, s.levelFrom);
  const levelRuns = aligned.slice(from).filter(Number.isFinite).length;
  return { center, deviations: e.map((v) => v - center), byRun: aligned.map((v) => v - center), loading, levelRuns };
}
function pooledScale(list) {
  const scales = list.filter((x) => x.deviations.length >= 2).map((x) => robustScale(x.deviations));
  return scales.length >= 3 ? median(scales) : void 0;
}
var MIN_TAIL_SAMPLE = 20;
function tailFactor(noises) {
  const z = [];
  for (const nz of noises)
    if (nz.n >= MIN_RUNS_FOR_SIGMA && nz.sigma > 0) for (const d of nz.deviations) z.push(Math.abs(d) / nz.sigma);
  if (z.length < MIN_TAIL_SAMPLE) return 1;
  z.sort((a, b) => a - b);
  const q90 = z[Math.min(z.length - 1, Math.floor(0.9 * z.length))];
  return Math.max(1, q90 / tQuantile(0.95, DF_CAP));
}
function noiseOf(s, history, pooled, shiftSe) {
  const n = history.deviations.length;
  const own = n >= 2 ? robustScale(history.deviations) : void 0;
  const short = n < MIN_RUNS_FOR_SIGMA;
  const prior = short ? Math.max(priorScale(s.key, s.metric), s.sampleSpread, pooled ?? 0) : Math.max(priorScale(s.key, s.metric), s.calmSpread);
  const weight = short ? PRIOR_RUNS : PRIOR_RUNS * Math.min(1, FADE_FROM / n);
  let num = weight * prior ** 2;
  let den = weight;
  if (own !== void 0) {
    num += (n - 1) * own ** 2;
    den += n - 1;
  }
  if (pooled !== void 0 && n >= MIN_RUNS_FOR_SIGMA && n < 20) {
    num += POOL_WEIGHT * pooled ** 2;
    den += POOL_WEIGHT;
  }
  let sigma = Math.sqrt(num / den);
  sigma = Math.max(sigma, s.headError, isTimeLike(s.key, s.metric) ? TIME_NOISE_FLOOR : 0);
  const df = Math.min(n >= LONG_HISTORY ? DF_CAP_LONG : DF_CAP, Math.max(PRIOR_RUNS, den));
  const placing = Math.max(1, Math.min(n, history.levelRuns ?? n));
  const sd = Math.sqrt(sigma ** 2 * (1 + 1.5708 / placing) + shiftSe ** 2);
  return { ...history, sigma, df, sd, n };
}

// src/analysis/runner.ts
var KERNEL_WIDTH = 3;
var COMPETITIVE = 0.6;
var MIN_SCALE = 0.01;
var TAU_PRIOR = 0.1;
var MIN_BENCHMARKS_FOR_SHIFT = 3;
var AMBIGUOUS = 0.5;
var MAX_CANDIDATES = 64;
function candidateShifts(devs) {
  if (devs.length <= MAX_CANDIDATES) return [0, ...devs];
  const sorted = [...devs].sort((a, b) => a - b);
  const picks = Array.from(
    { length: MAX_CANDIDATES },
    (_, i) => sorted[Math.round(i * (sorted.length - 1) / (MAX_CANDIDATES - 1))]
  );
  return [0, ...picks];
}
function locateShift(devs, scales, prior, awayFrom) {
  const h = scales.map((s) => KERNEL_WIDTH * Math.max(Number.isFinite(s) ? s : MIN_SCALE, MIN_SCALE));
  const n = devs.length;
  const support = (m2) => {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const u = (devs[i] - m2) / h[i];
      if (u > -1 && u < 1) acc += (1 - u * u) ** 2;
    }
    return acc;
  };
  const apart = awayFrom === void 0 ? 0 : 2 * median(h);
  const candidates = candidateShifts(devs).filter((m2) => awayFrom === void 0 || Math.abs(m2 - awayFrom) > apart).map((m2) => ({ m: m2, support: support(m2) }));
  const most = Math.max(0, ...candidates.map((c) => c.support));
  let best = 0;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (c.support < COMPETITIVE * most) continue;
    const score = c.support * (prior ? prior(c.m) : 1) + (c.m === 0 ? 1e-9 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = c.m;
    }
  }
  if (bestScore === -Infinity) return { shift: 0, se: Infinity, support: 0, score: 0 };
  let m = best;
  for (let it = 0; it < 30; it++) {
    let sw = 0;
    let swd = 0;
    devs.forEach((d, i) => {
      const w = biweight((d - m) / h[i]) / (h[i] / KERNEL_WIDTH) ** 2;
      sw += w;
      swd += w * d;
    });
    if (sw === 0) break;
    const next = swd / sw;
    if (Math.abs(next - m) < 1e-7) {
      m = next;
      break;
    }
    m = next;
  }
  let info = 0;
  let count = 0;
  devs.forEach((d, i) => {
    const w = biweight((d - m) / h[i]);
    if (w > 0) count++;
    info += w / (h[i] / KERNEL_WIDTH) ** 2;
  });
  return { shift: m, se: info > 0 ? 1.05 / Math.sqrt(info) : Infinity, support: count, score: bestScore };
}
function shiftPrior(history, tau) {
  const width = 3 * Math.max(tau, 0.02);
  const floor = (m) => 1 / (1 + (m / width) ** 2);
  if (history.length < 3) return floor;
  const bw = Math.max(tau / 2, 0.02);
  const kde = (m) => history.reduce((a, s) => a + Math.exp(-0.5 * ((m - s) / bw) ** 2), 0);
  const peak = Math.max(kde(0), ...history.map(kde));
  return (m) => Math.max(kde(m) / peak, 0.1 * floor(m));
}
var centerOf = (logs, shifts) => median(logs.map((v, r) => v - shifts[r]).filter(Number.isFinite));
function fitRunner(series, runs) {
  let shifts = Array.from({ length: runs }, () => 0);
  let ses = shifts.map(() => Infinity);
  let centers = series.map((s) => centerOf(s.logs, shifts));
  const scaleOf = (s, i) => {
    const e = s.logs.map((v, r) => v - shifts[r] - centers[i]).filter(Number.isFinite);
    return e.length >= 2 ? robustScale(e) : NaN;
  };
  let scales = series.map(scaleOf);
  const estimateRuns = () => shifts.map((_, r) => {
    const idx2 = series.map((s, i) => i).filter((i) => Number.isFinite(series[i].logs[r]));
    if (idx2.length < MIN_BENCHMARKS_FOR_SHIFT) return { shift: 0, se: Infinity, support: 0 };
    return locateShift(
      idx2.map((i) => series[i].logs[r] - centers[i]),
      idx2.map((i) => scales[i])
    );
  });
  for (let pass = 0; pass < 2; pass++) {
    const est = estimateRuns();
    shifts = est.map((e) => e.shift);
    ses = est.map((e) => e.se);
    centers = series.map((s) => centerOf(s.logs, shifts));
    scales = series.map(scaleOf);
  }
  const estimable = shifts.map((s, r) => ({ s, se: ses[r] })).filter((x) => Number.isFinite(x.se));
  let tau;
  if (estimable.length >= 3) {
    const spread = winsorizedSd(estimable.map((x) => x.s));
    const noise = estimable.reduce((a, x) => a + x.se ** 2, 0) / estimable.length;
    tau = Math.sqrt(Math.max(0, spread ** 2 - noise));
  } else tau = TAU_PRIOR;
  const shrink = (se) => Number.isFinite(se) ? tau ** 2 / (tau ** 2 + se ** 2 || 1) : 0;
  shifts = shifts.map((s, r) => s * shrink(ses[r]));
  centers = series.map((s) => centerOf(s.logs, shifts));
  scales = series.map(scaleOf);
  const idx = series.map((_, i) => i).filter((i) => Number.isFinite(series[i].headLog) && Number.isFinite(centers[i]));
  if (idx.length < MIN_BENCHMARKS_FOR_SHIFT)
    return { shifts, headShift: 0, headShiftSe: 0, headEstimate: 0, tau, benchmarks: idx.length, supporting: 0, unusual: false };
  const devs = idx.map((i) => series[i].headLog - centers[i]);
  const sc = idx.map((i) => scales[i]);
  const prior = shiftPrior(estimable.length >= 3 ? shifts : [], tau);
  const head = locateShift(devs, sc, prior);
  const runnerUp = locateShift(devs, sc, prior, head.shift);
  const free = locateShift(devs, sc);
  const w = shrink(head.se);
  const seen = Math.max(0, ...shifts.map(Math.abs));
  const unusual = estimable.length >= 3 && Math.abs(head.shift) > 3 * Math.max(tau, 0.01) + 2 * head.se && Math.abs(head.shift) > seen + 2 * head.se;
  const model = {
    shifts,
    headShift: head.shift * w,
    headShiftSe: Number.isFinite(head.se) ? head.se * w : 0,
    headEstimate: head.shift,
    tau,
    benchmarks: idx.length,
    supporting: head.support,
    unusual
  };
  if (free.support > head.support && Math.abs(free.shift - head.shift) > 2 * Math.max(tau, 0.01))
    model.movedTogether = { count: free.support, shift: free.shift };
  const close = runnerUp.support >= 2 && 3 * runnerUp.support >= 2 * head.support;
  if (close && runnerUp.score >= AMBIGUOUS * head.score)
    model.alternative = { shift: runnerUp.shift * w, support: runnerUp.support };
  else if (close && runnerUp.shift > head.shift && head.support + runnerUp.support >= idx.length)
    model.slower = { shift: runnerUp.shift * w, support: runnerUp.support };
  return model;
}

// src/analysis/decide.ts
var EPS = 1e-9;
var rowKey = (r) => `${r.benchmark}\0${r.metric}`;
function fmtPct(ratio) {
  const p = (ratio - 1) * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  return `${p >= 0 ? "+" : "\u2212"}${Math.abs(p).toFixed(digits)} %`;
}
function decide(head, history, rules, options = {}) {
  const window = history.slice(-rules.history);
  const notes = [];
  const warnings = [];
  const rows = [];
  if (window.length === 0)
    notes.push("No prior runs: every benchmark is new; only absolute thresholds (such as the accuracy floor) are checked.");
  else if (window.length < 3)
    notes.push(
      `Only ${window.length} prior run${window.length === 1 ? "" : "s"}: run-to-run noise is taken from a conservative prior (at least 5 % for times, and at least the samples' own spread); changes past the limit but inside that noise are inconclusive, not failures. Verdicts sharpen as history grows.`
    );
  let runner;
  const judgedSets = (options.judged ?? []).slice(-window.length).map((rows2) => new Set((rows2 ?? []).map(rowKey)));
  const judgedAt = (benchmark, metric) => {
    const key = rowKey({ benchmark, metric });
    for (let k = judgedSets.length - 1; k >= 0; k--) if (judgedSets[k].has(key)) return window.length - judgedSets.length + k;
    return void 0;
  };
  for (const [key, list] of gatherSeries(head, window, rules, judgedAt)) {
    const comparable = list.filter((s) => Number.isFinite(s.headLog) && s.logs.some(Number.isFinite));
    const timeLike = list.length > 0 && isTimeLike(key, list[0].metric);
    let model;
    if (rules.runner_correction && timeLike && comparable.length >= MIN_BENCHMARKS_FOR_SHIFT) {
      model = fitRunner(comparable, window.length);
      if (key === "time" || !runner) runner = runnerSummary(model);
    }
    const shifts = model?.shifts ?? window.map(() => 0);
    const hist = new Map(comparable.map((s) => [s, corrected(s, shifts, model?.headShift ?? 0)]));
    const pooled = pooledScale([...hist.values()]);
    const noise = new Map(comparable.map((s) => [s, noiseOf(s, hist.get(s), pooled, model?.headShiftSe ?? 0)]));
    const kappa = tailFactor([...noise.values()]);
    if (kappa > 1) for (const nz of noise.values()) nz.sd *= kappa;
    const suiteDevs = [];
    for (const [s, nz] of noise)
      if (nz.n >= 2) for (const dev of nz.deviations) suiteDevs.push(s.direction === "smaller" ? dev : -dev);
    const suiteTails = { worse: suiteTailModel(suiteDevs), better: suiteTailModel(suiteDevs.map((v) => -v)) };
    const family = familyTails(noise, window.length);
    const thisMetric = list.map((s) => ({ s, row: baseRow(s, key), nz: noise.get(s) }));
    const measuredBreak = thisMetric.some(
      ({ row }) => row.enforced && row.limit !== void 0 && row.measured_ratio !== null && row.measured_ratio > 0 && row.measured_ratio ** (row.direction === "smaller" ? 1 : -1) > row.limit * (1 + EPS)
    );
    for (const { s, row, nz } of thisMetric) {
      if (row.history === 0) {
        row.status = "new";
        row.reason = "No prior run has this metric; it becomes part of the baseline.";
      } else if (!nz || !Number.isFinite(row.measured_ratio ?? 0)) {
        row.measured_ratio = null;
        compareDirectly(row, s);
      } else
        judgeRow(
          row,
          s,
          nz,
          model,
          suiteTails,
          rules,
          headRuns(s, key, options.runs, rules),
          family,
          options.consecutive,
          measuredBreak
        );
      const floor = absoluteCheck(s.headRaw, s.rule);
      if (floor) {
        row.status = floor.status;
        row.fails = row.enforced;
        row.reason = floor.reason;
        row.settled = true;
        delete row.resolve;
      }
      if (!row.enforced) row.settled = true;
      row.settled ??= true;
      rows.push(row);
    }
    if (model?.slower) slowerReading(thisMetric, model, model.slower);
    if (model && key === "time") describeRunner(model, notes, warnings);
  }
  if (options.continues && window.length >= CONFIRM_MIN_RUNS) confirmSteps(rows, head, history, rules, options, runner);
  else if (options.onBase && window.length >= 4) baseSteps(rows, history, rules, options);
  pushAll(rows, missingRows(head, window, rules));
  warnings.push(...unmatchedPatterns(rules, head.benchmarks));
  const verdict = rows.some((r) => r.fails) ? "fail" : "pass";
  return {
    verdict,
    results: sortRows(rows),
    ...runner ? { runner } : {},
    notes,
    warnings,
    baseline_runs: window.length
  };
}
function baseRow(s, key) {
  const b = s.benchmark;
  const rule = s.rule;
  const limit = rule.regression_limit === false ? void 0 : rule.regression_limit;
  const baseRaw = s.raw.filter(Number.isFinite);
  const base = baseRaw.length > 0 ? median(baseRaw) : null;
  return {
    benchmark: b.name,
    ...b.group !== void 0 ? { group: b.group } : {},
    metric: key,
    unit: s.metric.unit,
    direction: s.direction,
    status: "unchanged",
    base,
    head: s.headRaw,
    ratio: null,
    measured_ratio: base !== null && base !== 0 ? s.headRaw / base : null,
    interval: null,
    confidence: null,
    ...limit !== void 0 ? { limit } : {},
    ...rule.minimum_threshold !== void 0 || rule.maximum_threshold !== void 0 ? {
      threshold: {
        ...rule.minimum_threshold !== void 0 ? { minimum: rule.minimum_threshold } : {},
        ...rule.maximum_threshold !== void 0 ? { maximum: rule.maximum_threshold } : {}
      }
    } : {},
    history: baseRaw.length,
    enforced: rule.fail !== false,
    fails: false,
    reason: ""
  };
}
function compareDirectly(row, s) {
  const base = row.base;
  const worse = s.direction === "smaller" ? s.headRaw > base : s.headRaw < base;
  const same = s.headRaw === base;
  row.status = same ? "unchanged" : worse && row.limit !== void 0 ? "regression" : worse ? "unchanged" : "improvement";
  row.fails = row.status === "regression" && row.enforced;
  row.reason = same ? "Same as the baseline." : `Changed from ${base} to ${s.headRaw}; no ratio exists for zero or negative values.`;
}
var CONFIRMING_RUNS = 3;
var DISTURBED_SPREAD = 3;
var DISTURBED_FLOOR = 0.03;
var MIN_DISTURBANCE_SAMPLES = 5;
var SINGLE_RUN_STRICTNESS = 10;
var CONFIRM_MIN_RUNS = MIN_SUITE_TAIL + 2;
var RUN_CORRELATION = 0.3;
var WITHIN_PRIOR = 3;
var byName = /* @__PURE__ */ new WeakMap();
function benchmarksByName(run) {
  let index = byName.get(run);
  if (!index) byName.set(run, index = new Map(run.benchmarks.map((b) => [b.name, b])));
  return index;
}
function disturbanceSpread(m) {
  const samples = m?.samples?.filter((v) => v > 0);
  if (!m || !samples || samples.length < MIN_DISTURBANCE_SAMPLES) return void 0;
  return { samples, ...spreadsOf({ ...m, samples }, 1) };
}
function runSamples(m, direction) {
  const d = disturbanceSpread(m);
  if (!d) return void 0;
  return { spread: d.full, best: direction === "smaller" ? minOf(d.samples) : maxOf(d.samples) };
}
function headRuns(s, key, runs, rules) {
  if (!runs || runs.length < 2) return { k: 1, within: 0, logs: [], samples: [runSamples(s.metric, s.direction)] };
  const logs = [];
  const samples = [];
  for (const run of runs) {
    const m = benchmarksByName(run).get(s.benchmark.name)?.metrics[key];
    const v = m ? runStatistic(m, rules.statistic) : NaN;
    if (v > 0) {
      logs.push(Math.log(v));
      samples.push(runSamples(m, s.direction));
    }
  }
  return { k: Math.max(1, logs.length), within: logs.length >= 2 ? robustScale(logs) : 0, logs, samples };
}
function disturbedRuns(s, samples, center, within) {
  const usual = s.baseCalm;
  let count = 0;
  let spread = 0;
  let best = 0;
  if (!(usual > 0)) return { count, spread, best };
  const sign = s.direction === "smaller" ? 1 : -1;
  for (const r of samples) {
    if (!r || r.spread <= Math.max(DISTURBED_SPREAD * usual, DISTURBED_FLOOR)) continue;
    const ratio = Math.exp(sign * (Math.log(r.best) - center));
    if (!within(ratio)) continue;
    count++;
    spread = Math.max(spread, r.spread / usual);
    best = Math.max(best, ratio);
  }
  return { count, spread, best };
}
function judgeRow(row, s, nz, model, suiteTails, rules, runs, family, consecutive = false, measuredBreak = true) {
  const d = s.headLog - nz.loading * (model?.headShift ?? 0) - nz.center;
  const sign = s.direction === "smaller" ? 1 : -1;
  const worse = sign * d;
  const k = runs.k;
  const within = Math.sqrt((WITHIN_PRIOR * nz.sigma ** 2 + (k - 1) * runs.within ** 2) / (WITHIN_PRIOR + k - 1));
  const share2 = (runsOf) => RUN_CORRELATION + (1 - RUN_CORRELATION) / runsOf;
  const sdOf = (runsOf) => Math.sqrt(Math.max(0, nz.sd ** 2 - nz.sigma ** 2) + within ** 2 * share2(runsOf));
  const sd = k > 1 ? sdOf(k) : nz.sd;
  if (k > 1) row.head_runs = k;
  const test = (w) => historyTest(
    { worse: w, sd, df: nz.df, own: nz.deviations.map((v) => sign * v), suite: suiteTails, runs: Math.round(1 / share2(k)) },
    rules.confidence
  );
  let j;
  if (consecutive && runs.logs.length === 2 && family) {
    const t = test(worse);
    const zs = runs.logs.map((l) => sign * (l - nz.loading * (model?.headShift ?? 0) - nz.center) / nz.sd);
    const tw = family.pair(Math.min(...zs));
    j = { ...t, worseConfidence: Math.min(t.worseConfidence, 1 - tw), tailWorse: Math.max(t.tailWorse, tw) };
  } else if (k === 1) j = familyCheck(test(worse), worse / nz.sd, family, SINGLE_RUN_STRICTNESS);
  else j = test(worse);
  const alt = model?.alternative;
  const jAlt = alt ? test(sign * (s.headLog - nz.loading * alt.shift - nz.center)) : void 0;
  const altWorse = alt ? Math.exp(sign * (s.headLog - nz.loading * alt.shift - nz.center)) : void 0;
  row.ratio = Math.exp(d);
  const tq = tQuantile(0.975, nz.df);
  row.interval = [Math.exp(d - tq * sd), Math.exp(d + tq * sd)];
  const limit = row.limit;
  if (limit !== void 0) row.detectable = Math.max(limit, j.detectable);
  const worseRatio = Math.exp(worse);
  const measured = row.measured_ratio === null ? void 0 : row.measured_ratio ** sign;
  const change = measured !== void 0 && Math.abs(Math.log(measured / worseRatio)) > 5e-3 ? `${fmtPct(worseRatio)} after the runner correction (${fmtPct(measured)} measured)` : fmtPct(measured ?? worseRatio);
  const improveLimit = s.rule.improvement_limit ?? limit ?? 1.1;
  const what = row.metric === "time" ? s.direction === "smaller" ? "slower" : "lower" : "worse";
  const prior = `${row.history} prior run${row.history === 1 ? "" : "s"}${k > 1 ? `; median of ${k} runs of this job` : ""}`;
  const noiseText = `\xB1${((Math.exp(sd) - 1) * 100).toFixed(1)} %`;
  const past = (r) => limit !== void 0 && r > limit * (1 + EPS);
  const rareFast = !measuredBreak && !!model && 3 * model.supporting < 2 * model.benchmarks && model.headShift < -2 * Math.max(model.tau, 0.01);
  const shown = measured === void 0 || !model ? void 0 : measured * Math.exp(-sign * nz.loading * model.headShift);
  const weakReading = !!model && 4 * model.supporting < 3 * model.benchmarks;
  const against = consecutive || measured === void 0 || !past(worseRatio) ? void 0 : measured < 1 && weakReading ? "improved" : shown !== void 0 && worseRatio > measured && !past(measured) && !past(shown) ? "shown" : void 0;
  const measuredPast = (!(model?.unusual || rareFast) || measured === void 0 || past(measured)) && !against;
  const q = s.resolution / 2;
  const rounded = q > 0 && row.base !== null && s.headRaw > q && row.base > q ? s.direction === "smaller" ? (s.headRaw - q) / (row.base + q) : (row.base - q) / (s.headRaw + q) : void 0;
  const roundingPast = rounded === void 0 || past(rounded);
  const pastLimit = past(worseRatio) && measuredPast && roundingPast;
  const credible = j.worseConfidence >= rules.confidence;
  const disturbed = pastLimit && credible && limit !== void 0 ? disturbedRuns(s, runs.samples, nz.center, (r) => !past(r)) : { count: 0, spread: 0, best: 0 };
  const altAgrees = !jAlt || past(altWorse) && jAlt.worseConfidence >= rules.confidence;
  if (model?.unusual && measured !== void 0 && past(measured) && !past(worseRatio)) {
    row.status = "inconclusive";
    row.settled = true;
    row.confidence = null;
    row.reason = `${fmtPct(measured)} measured, past the ${fmtPct(limit)} limit, together with ${model.supporting} of ${model.benchmarks} benchmarks (${fmtPct(Math.exp(model.headEstimate))}), more than any runner of this history moved: a slower machine or code they all run; this run cannot tell which.`;
    row.resolve = "same-job A/B (mode: ab) measures the base and head commits on one runner, which tells a machine from code";
    if (row.enforced) row.pairable = true;
    return;
  }
  if (past(worseRatio) && measuredPast && !roundingPast) {
    row.status = "unchanged";
    row.confidence = null;
    row.reason = `${change}: ${s.headRaw} against ${row.base} ${row.unit}, whole numbers; half a unit of rounding on each side leaves ${fmtPct(rounded)}, within the ${fmtPct(limit)} limit. The figure is too coarse to show a change this small.`;
    return;
  }
  if (past(worseRatio) && !measuredPast) {
    row.status = "unchanged";
    row.confidence = null;
    if (row.enforced) row.pairable = true;
    const moved = `${fmtPct(measured)} measured, within the ${fmtPct(limit)} limit; the other benchmarks moved ${fmtPct(Math.exp(model?.headShift ?? 0))} together`;
    row.reason = against === "shown" ? `${moved}, which leaves ${fmtPct(shown)} against the baseline shown; only against this benchmark's runner-corrected level, which lies far from its median here (runners of several kinds move it by their own amounts), would it be ${fmtPct(worseRatio)}. The correction is only ever factored out of a change, never into one.` : `${moved}, which would make it ${fmtPct(worseRatio)}, but ${against === "improved" ? "it measured better than its baseline" : `that shift ${model?.unusual ? "is larger than any runner of this history" : "is rare for this history's runners"}`} and the correction is only ever factored out of a change, never into one.`;
    return;
  }
  if (pastLimit && credible && !altAgrees) {
    row.status = "inconclusive";
    row.confidence = Math.min(j.worseConfidence, jAlt.worseConfidence);
    row.settled = false;
    row.reason = `${change} ${what} if the runner's level is where most benchmarks agree, but ${fmtPct(altWorse)} if it is where the other ${alt.support} benchmarks are: this run cannot tell which group moved.`;
    row.resolve = "re-measure in the same job (confirm-runs / same-job A/B), or rerun the job";
  } else if (pastLimit && credible && !consecutive && 2 * disturbed.count >= k) {
    row.status = "inconclusive";
    row.settled = false;
    row.confidence = j.worseConfidence;
    const runsText = k === 1 ? "this run" : `${disturbed.count} of the ${k} runs`;
    row.reason = `${change} ${what}, past the ${fmtPct(limit)} limit, but in ${runsText} this benchmark's samples spread up to ${disturbed.spread.toFixed(0)}\xD7 as widely as in its baseline runs while the fastest of them stayed within the limit (${fmtPct(disturbed.best)} against the baseline): a neighbour's load slowed the rest around it, so the figure is not evidence of a change.`;
    row.resolve = "re-measure in the same job (confirm-runs / same-job A/B), or rerun the job";
  } else if (pastLimit && credible) {
    row.status = "regression";
    row.confidence = j.worseConfidence;
    row.fails = row.enforced;
    row.settled = k >= CONFIRMING_RUNS;
    row.reason = `${change} ${what} than the baseline, past the ${fmtPct(limit)} limit; ${pctConf(j.worseConfidence)} confident it is real (${prior}).${row.enforced ? "" : " Report-only: this metric\u2019s rule does not fail the check."}`;
  } else if (pastLimit) {
    row.status = "inconclusive";
    row.settled = false;
    row.confidence = j.worseConfidence;
    const why = j.tailWorse > 1 - rules.confidence ? `${Math.round(j.tailWorse * 100)} % of the history's runs deviated as far without a code change` : `inside this benchmark's run-to-run noise (${noiseText}, ${prior})`;
    row.reason = `${change} ${what}, past the ${fmtPct(limit)} limit but not credible: ${why}; ${pctConf(j.worseConfidence)} confident, ${pctConf(rules.confidence)} required. The gate could have confirmed ${fmtPct(row.detectable)} or more.`;
    row.resolve = row.history < 5 ? "more history (each recorded run on the base branch sharpens the noise estimate), or re-measure in the same job (confirm-runs / same-job A/B)" : "re-measure in the same job (confirm-runs / same-job A/B), or rerun the job";
  } else if (1 / worseRatio > improveLimit * (1 + EPS) && j.betterConfidence >= rules.confidence && (!jAlt || 1 / altWorse > improveLimit * (1 + EPS) && jAlt.betterConfidence >= rules.confidence)) {
    row.status = "improvement";
    row.confidence = j.betterConfidence;
    row.reason = `${change} against the baseline: an improvement, ${pctConf(j.betterConfidence)} confident.`;
  } else {
    row.status = "unchanged";
    const bound = (sdK) => worse + tQuantile(0.95, nz.df) * sdK;
    const clear = limit === void 0 || bound(sd) <= Math.log(limit);
    row.settled = clear || bound(sdOf(k + 3)) > Math.log(limit);
    if (row.enforced && (!clear && row.settled || measured !== void 0 && past(measured) && weakReading))
      row.pairable = true;
    const noiseless = nz.sd === 0 && d === 0;
    row.confidence = noiseless ? null : j.worseConfidence;
    row.reason = noiseless ? "Same as the baseline." : limit !== void 0 ? `${change}, within the ${fmtPct(limit)} limit.` : `${change}; no relative rule for this metric.`;
  }
}
function familyTails(noise, runs) {
  if (noise.size < 2) return void 0;
  const hi = Array.from({ length: runs }, () => -Infinity);
  const lo = Array.from({ length: runs }, () => Infinity);
  const both = Array.from({ length: runs }, () => -Infinity);
  for (const [s, nz] of noise) {
    if (nz.n < 3 || !(nz.sd > 0) || s.resolution > 0) continue;
    const sign = s.direction === "smaller" ? 1 : -1;
    nz.byRun.forEach((d, r) => {
      if (!Number.isFinite(d) || r >= runs) return;
      const z = sign * d / nz.sd;
      if (z > hi[r]) hi[r] = z;
      if (z < lo[r]) lo[r] = z;
      const prev = r > 0 ? nz.byRun[r - 1] : NaN;
      if (Number.isFinite(prev)) both[r] = Math.max(both[r], Math.min(z, sign * prev / nz.sd));
    });
  }
  const worse = hi.filter(Number.isFinite);
  const better = lo.filter(Number.isFinite).map((v) => -v);
  return { worse: suiteTailModel(worse), better: suiteTailModel(better), pair: suiteTailModel(both.filter(Number.isFinite)) };
}
function familyCheck(j, z, family, strictness) {
  if (!family) return j;
  const tw = Math.min(1, strictness * family.worse(z));
  const tb = family.better(-z);
  return {
    ...j,
    worseConfidence: Math.min(j.worseConfidence, 1 - tw),
    betterConfidence: Math.min(j.betterConfidence, 1 - tb),
    tailWorse: Math.max(j.tailWorse, tw),
    tailBetter: Math.max(j.tailBetter, tb)
  };
}
function newestRunSteps(history, rules, options) {
  const then = decide(history.at(-1), history.slice(0, -1), rules, { judged: options.judged?.slice(0, -1) });
  const judged = new Set((options.judged?.at(-1) ?? []).map(rowKey));
  return { then, undecided: then.results.filter((r) => r.enforced && r.status === "inconclusive" && !judged.has(rowKey(r))) };
}
function confirmSteps(rows, head, history, rules, options, runner) {
  const previous = history.at(-1);
  const before = history.slice(0, -1);
  const { then, undecided } = newestRunSteps(history, rules, options);
  const open = undecided.filter((r) => r.measured_ratio !== null);
  const pending = new Map(open.filter((r) => r.settled === false).map((r) => [rowKey(r), r]));
  const together = new Map(open.filter((r) => r.settled === true && then.runner?.unusual).map((r) => [rowKey(r), r]));
  if (pending.size === 0 && together.size === 0) return;
  const confirmed = /* @__PURE__ */ new Map();
  if (pending.size > 0) {
    const headRuns2 = (options.runs && options.runs.length > 0 ? options.runs : [head]).map(
      (r) => onRunner(r, runner?.applied_shift ?? 1)
    );
    const prev = onRunner(previous, then.runner?.applied_shift ?? 1);
    const pair = decide(medianOfRuns([...headRuns2, prev], rules.statistic), before, rules, {
      runs: [prev, ...headRuns2],
      consecutive: true
    });
    for (const r of pair.results) if (r.status === "regression" && pending.has(rowKey(r))) confirmed.set(rowKey(r), r);
  }
  if (together.size > 0 && runner?.unusual && runner.shift > 1 === (then.runner?.shift ?? 1) > 1) {
    const headRuns2 = options.runs && options.runs.length > 0 ? options.runs : [head];
    const pair = decide(
      medianOfRuns([...headRuns2, previous], rules.statistic),
      before,
      { ...rules, runner_correction: false },
      {
        runs: [previous, ...headRuns2],
        consecutive: true
      }
    );
    for (const r of pair.results) if (r.status === "regression" && together.has(rowKey(r))) confirmed.set(rowKey(r), r);
  }
  for (const [k, r] of together) pending.set(k, r);
  const name = options.continues?.previous ? `the previous run (${options.continues.previous})` : "the previous run";
  rows.forEach((row, i) => {
    const p = confirmed.get(rowKey(row));
    const was = pending.get(rowKey(row));
    if (!p || !was || row.head === null || p.base === null || !(p.base > 0) || p.limit === void 0) return;
    const alone = row.head / p.base;
    const worse = row.direction === "smaller" ? alone : 1 / alone;
    if (!(worse > p.limit * (1 + EPS))) return;
    const wasWorse = row.direction === "smaller" ? was.measured_ratio : 1 / was.measured_ratio;
    rows[i] = {
      ...p,
      head: row.head,
      measured_ratio: alone,
      settled: true,
      fails: p.enforced,
      reason: `${fmtPct(worse)} against the level before ${name}, which measured ${fmtPct(wasWorse)} and could not be decided from its one run; this run agrees, and the two are ${pctConf(p.confidence ?? 0)} confident it is real (${p.history} prior runs). The step came with ${name}; this push confirms it.`
    };
    delete rows[i].resolve;
  });
}
function slowerReading(judged, model, slower) {
  const worseUnder = (s, nz) => (s.direction === "smaller" ? 1 : -1) * (s.headLog - nz.loading * slower.shift - nz.center);
  const breaks = judged.some(
    ({ s, row, nz }) => nz && row.enforced && row.limit !== void 0 && worseUnder(s, nz) > Math.log(row.limit) + EPS
  );
  if (breaks) return;
  for (const { s, row, nz } of judged) {
    if (!nz || row.status !== "regression") continue;
    const under = Math.exp(worseUnder(s, nz));
    row.status = "inconclusive";
    row.fails = false;
    row.settled = true;
    row.reason = `${fmtPct(row.ratio ** (row.direction === "smaller" ? 1 : -1))} slower if this job's machine ran at ${fmtPct(Math.exp(model.headShift))}, where ${model.supporting} benchmarks agree, but ${fmtPct(under)} if it ran at ${fmtPct(Math.exp(slower.shift))}, where ${slower.support} benchmarks are; read that way, no benchmark got slower and the others got faster. This history's runners rarely ran that slow, but a change that may be an improvement never fails the check on that doubt.`;
    row.resolve = "same-job A/B (mode: ab) measures the base and head commits on one runner, which tells a slower machine from faster code";
  }
}
function baseSteps(rows, history, rules, options) {
  const onBase = options.onBase ?? {};
  const { undecided } = newestRunSteps(history, rules, options);
  const pending = new Map(undecided.filter((r) => r.settled === false && r.ratio !== null).map((r) => [rowKey(r), r]));
  if (pending.size === 0) return;
  const name = onBase.previous ? `the base branch's newest run (${onBase.previous})` : "the base branch's newest run";
  rows.forEach((row, i) => {
    const was = pending.get(rowKey(row));
    if (!was || !(row.fails || row.status === "inconclusive") || row.ratio === null || !row.interval) return;
    const sign = row.direction === "smaller" ? 1 : -1;
    const headWorse = sign * Math.log(row.ratio);
    const baseWorse = sign * Math.log(was.ratio);
    const margin = Math.max(0.75 * Math.log(row.interval[1] / row.interval[0]), 0.015);
    if (!(headWorse > 0 && baseWorse > 0) || Math.abs(headWorse - baseWorse) > margin) return;
    rows[i] = {
      ...row,
      status: "inconclusive",
      fails: false,
      settled: true,
      reason: `${fmtPct(Math.exp(headWorse))} against the level before ${name}, which measured ${fmtPct(Math.exp(baseWorse))} on this benchmark and could not be decided from its one run: the step may be the base branch's, not this change's, and is not held against it. The base branch's next push decides it.`,
      resolve: "the base branch's next push (it confirms or clears the step), or same-job A/B (mode: ab) against the base commit"
    };
  });
}
function onRunner(run, shift) {
  return shift > 0 ? scaleFigures(run, 1 / shift, (_name, key, m) => isTimeLike(key, m)) : run;
}
var pctConf = (c) => `${(c * 100).toFixed(1)} %`;
function runnerSummary(m) {
  return {
    shift: Math.exp(m.headEstimate),
    applied_shift: Math.exp(m.headShift),
    typical: Math.exp(m.tau) - 1,
    benchmarks: m.benchmarks,
    supporting: m.supporting,
    applied: m.headShift !== 0,
    unusual: m.unusual
  };
}
function describeRunner(m, notes, warnings) {
  const shift = Math.exp(m.headShift);
  if (m.unusual) {
    warnings.push(
      `${m.supporting} of ${m.benchmarks} benchmarks moved together by ${fmtPct(Math.exp(m.headEstimate))}, more than runners in this history vary (\xB1${((Math.exp(m.tau) - 1) * 100).toFixed(1)} %): a ${m.headEstimate > 0 ? "slower" : "faster"} machine, or code they all run. ${m.headEstimate > 0 ? "Their rows past the limit are undecided, not passed: same-job A/B (mode: ab) measures base and head on one runner and tells the two apart." : "Nothing is failed for a shared speed-up; the rows say what each benchmark measured."}`
    );
  } else if (Math.abs(m.headShift) > 0.02) {
    notes.push(
      `Runner: this job ran ${fmtPct(shift)} against the baseline's typical runner across ${m.benchmarks} benchmarks (runners here vary \xB1${((Math.exp(m.tau) - 1) * 100).toFixed(1)} %); that shared shift is factored out of each benchmark's change.`
    );
  }
  if (m.alternative)
    notes.push(
      `Runner: two groups of benchmarks disagree on how fast this job's machine was (${m.supporting} at ${fmtPct(Math.exp(m.headShift))}, ${m.alternative.support} at ${fmtPct(Math.exp(m.alternative.shift))}); a row fails or improves only if it does under either reading, otherwise it is inconclusive.`
    );
  if (m.movedTogether)
    warnings.push(
      `${m.movedTogether.count} of ${m.benchmarks} benchmarks moved together by ${fmtPct(Math.exp(m.movedTogether.shift))}, more than this history's runners explain; the benchmarks that did not move were taken as the runner's level, so those ${m.movedTogether.count} are judged as changed.`
    );
}
function missingRows(head, window, rules) {
  const last = window.at(-1);
  if (!last) return [];
  const names = new Set(head.benchmarks.map((b) => b.name));
  const rows = [];
  for (const b of last.benchmarks) {
    if (names.has(b.name) || isIgnored(rules, b)) continue;
    for (const [key, m] of Object.entries(b.metrics)) rows.push(missingRow(b, key, m, window, rules));
  }
  return rows;
}
function missingRow(b, key, m, window, rules) {
  return {
    benchmark: b.name,
    ...b.group !== void 0 ? { group: b.group } : {},
    metric: key,
    unit: m.unit,
    direction: m.direction,
    status: "missing",
    base: runStatistic(m, rules.statistic),
    head: null,
    ratio: null,
    measured_ratio: null,
    interval: null,
    confidence: null,
    history: window.filter((run) => run.benchmarks.some((x) => x.name === b.name)).length,
    enforced: rules.fail_on_missing,
    fails: rules.fail_on_missing,
    reason: "In the last baseline run but not in this one (renamed, removed, or it crashed?)."
  };
}
function absoluteCheck(value, rule) {
  if (rule.minimum_threshold !== void 0 && value < rule.minimum_threshold - EPS * Math.abs(rule.minimum_threshold)) {
    return { status: "below-floor", reason: `${value} is below the minimum of ${rule.minimum_threshold}.` };
  }
  if (rule.maximum_threshold !== void 0 && value > rule.maximum_threshold + EPS * Math.abs(rule.maximum_threshold)) {
    return { status: "regression", reason: `${value} is above the maximum of ${rule.maximum_threshold}.` };
  }
  return void 0;
}
var ORDER = {
  regression: 0,
  "below-floor": 1,
  missing: 2,
  inconclusive: 3,
  improvement: 4,
  new: 5,
  unchanged: 6
};
function sortRows(rows) {
  return [...rows].sort(
    (a, b) => Number(b.fails) - Number(a.fails) || ORDER[a.status] - ORDER[b.status] || worseness(b) - worseness(a) || a.benchmark.localeCompare(b.benchmark) || a.metric.localeCompare(b.metric)
  );
}
function worseness(r) {
  if (r.ratio === null) return 0;
  return r.direction === "smaller" ? r.ratio : 1 / r.ratio;
}

// src/analysis/accept.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
function acceptedInMessage(message, by) {
  const out = [];
  for (const m of (message ?? "").matchAll(/^Perf-Accepted:[ \t]*(.+)$/gim))
    for (const pattern of m[1].split(/[\s,]+/).filter(Boolean))
      out.push({ pattern, ...by ? { by } : {}, source: "commit trailer Perf-Accepted" });
  return out;
}
function applyAcceptance(decision, accepted) {
  if (accepted.length === 0) return decision;
  const matchers = accepted.map((a) => ({ a, is: (0, import_picomatch2.default)(a.pattern, { dot: true }) }));
  const taken = [];
  const results = decision.results.map((r) => {
    const pastLimit = r.fails || r.enforced && r.status === "inconclusive";
    const hit = pastLimit ? matchers.find((m) => m.is(r.benchmark)) : void 0;
    if (!hit) return r;
    taken.push(`${r.benchmark} (${r.metric})`);
    const who = hit.a.by ? ` by ${hit.a.by}` : "";
    return {
      ...r,
      fails: false,
      settled: true,
      accepted: { pattern: hit.a.pattern, source: hit.a.source, ...hit.a.by ? { by: hit.a.by } : {} },
      reason: `${r.reason} Accepted${who} (${hit.a.source}: ${hit.a.pattern}): it does not fail the check, and once recorded it is the level later runs are judged against.`
    };
  });
  return {
    ...decision,
    results,
    verdict: results.some((r) => r.fails) ? "fail" : "pass",
    notes: taken.length ? [`Accepted changes: ${taken.join(", ")}.`, ...decision.notes] : [`Accepted patterns (${accepted.map((a) => a.pattern).join(", ")}) matched no row past its limit.`, ...decision.notes]
  };
}
function acceptScaling(rows, accepted) {
  const matchers = accepted.map((a) => ({ a, is: (0, import_picomatch2.default)(a.pattern, { dot: true }) }));
  return rows.map((s) => {
    const hit = s.fails ? matchers.find((m) => s.benchmarks.every((b) => m.is(b))) : void 0;
    if (!hit) return s;
    const who = hit.a.by ? ` by ${hit.a.by}` : "";
    return {
      ...s,
      fails: false,
      reason: `${s.reason} Accepted${who} (${hit.a.source}: ${hit.a.pattern}): it does not fail the check.`
    };
  });
}

// src/formats/units.ts
var SECONDS_PER = {
  ps: 1e-12,
  ns: 1e-9,
  us: 1e-6,
  \u00B5s: 1e-6,
  \u03BCs: 1e-6,
  ms: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9,
  min: 60,
  m: 60,
  h: 3600
};
function secondsPerUnit(unit) {
  return SECONDS_PER[unit.trim()];
}
function toSeconds(value, unit, where) {
  const factor = secondsPerUnit(unit);
  if (factor === void 0) {
    throw new InputError(`${where}: expected a time unit (ns, us, ms, s), got "${unit}"`);
  }
  return value * factor;
}
function parseRateUnit(unit) {
  const u = unit.trim();
  const perOp = /^(\w+|µs|μs)\/(op|iter|call|ops)$/.exec(u);
  if (perOp) {
    const s = secondsPerUnit(perOp[1]);
    if (s !== void 0) return { seconds: s, throughput: false };
  }
  const opsPer = /^ops?\/(\w+|µs|μs)$/.exec(u);
  if (opsPer) {
    const s = secondsPerUnit(opsPer[1]);
    if (s !== void 0) return { seconds: s, throughput: true };
  }
  const plain = secondsPerUnit(u);
  if (plain !== void 0) return { seconds: plain, throughput: false };
  return void 0;
}
function rateToSecondsPerOp(value, unit) {
  if (unit.throughput) return value === 0 ? Infinity : unit.seconds / value;
  return value * unit.seconds;
}
var BIGGER_IS_BETTER = /(accuracy|precision|recall|f1|score|auc|hit.?rate|throughput|ops\/s|per.?second|\/s$|speedup|correct)/i;
function guessDirection(name, unit = "") {
  return BIGGER_IS_BETTER.test(name) || /\/s$/.test(unit) ? "bigger" : "smaller";
}
function guessUnit(name) {
  if (/^memory|_bytes$|bytes/i.test(name)) return "bytes";
  if (/accuracy|precision|recall|f1|ratio|rate$/i.test(name)) return "ratio";
  return "";
}
function metricKey(name) {
  return name.trim().replace(/[^\w/.-]+/g, "_").replace(/^_+|_+$/g, "");
}

// src/formats/util.ts
function lineColumn(text, offset) {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}
var MAX_DEPTH = 100;
function parseJsonText(text, source) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : bareNonNumber(text) ?? text.length;
    const { line, column } = lineColumn(text, offset);
    const rest = text.slice(offset, offset + 9);
    let why = "expected valid JSON";
    if (/^-?(NaN|Infinity)/.test(rest)) {
      why = `expected a number, got ${/^-?(NaN|Infinity)/.exec(rest)[0]} (not a valid measurement)`;
    } else if (/Unexpected end|unterminated|end of JSON/i.test(message) || offset >= text.trimEnd().length) {
      why = "the JSON ends early (truncated file?)";
    }
    throw new InputError(`${source}: line ${line}, column ${column}: ${why}`);
  }
  const deep = tooDeep(value, MAX_DEPTH);
  if (deep) {
    const where = deep.length > 80 ? `${deep.slice(0, 60)}\u2026` : deep;
    throw new InputError(`${source}: ${where}: nested more than ${MAX_DEPTH} levels deep; expected a result document`);
  }
  return value;
}
function tooDeep(root, limit) {
  const stack = [{ value: root, depth: 0, path: "(top level)" }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (depth >= limit) return path;
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v]) : Object.entries(value);
    for (const [key, child] of entries)
      stack.push({
        value: child,
        depth: depth + 1,
        path: depth === 0 ? String(key) : Array.isArray(value) ? `${path}${key}` : `${path}.${key}`
      });
  }
  return void 0;
}
function bareNonNumber(text) {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "N" && text.startsWith("NaN", i) || c === "I" && text.startsWith("Infinity", i)) {
      return text[i - 1] === "-" ? i - 1 : i;
    }
  }
  return void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function measurement(value, where) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InputError(`${where}: expected a finite number, got ${JSON.stringify(value) ?? String(value)}`);
  }
  if (value < 0) throw new InputError(`${where}: expected a non-negative number, got ${value}`);
  return value;
}
function printedNumber(text, where) {
  const value = Number(text.replace(/[,_\s]/g, ""));
  if (!Number.isFinite(value)) throw new InputError(`${where}: expected a number, got "${text}"`);
  return value;
}
function mean(values) {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
function freeMetric(name, value, unit, samples) {
  const key = metricKey(name);
  const u = unit ?? guessUnit(key);
  const direction = guessDirection(key, u);
  const metric = { value, unit: u, direction };
  if (samples && samples.length > 1) metric.samples = samples;
  return [key, metric];
}
function numericMetrics(values, where) {
  const out = {};
  for (const [name, v] of Object.entries(values)) {
    if (typeof v !== "number") continue;
    const [key, metric] = freeMetric(name, measurementOrNegative(v, `${where}: "${name}"`));
    out[key] = metric;
  }
  return out;
}
function measurementOrNegative(value, where) {
  if (!Number.isFinite(value)) throw new InputError(`${where}: expected a finite number, got ${value}`);
  return value;
}
function timeMetric(seconds, samples, extra) {
  const metric = { value: seconds, unit: "s", direction: "smaller", ...extra };
  if (samples && samples.length > 0) metric.samples = samples;
  return metric;
}
function assertUniqueNames(benchmarks, source) {
  const seen = /* @__PURE__ */ new Set();
  for (const b of benchmarks) {
    if (seen.has(b.name)) {
      throw new InputError(`${source}: benchmark "${b.name}" appears twice; expected unique benchmark names`);
    }
    seen.add(b.name);
  }
}

// src/formats/benchmarkdotnet.ts
var benchmarkDotNet = {
  name: "benchmarkdotnet",
  aliases: ["bdn"],
  description: "BenchmarkDotNet JSON exporter output (report-full / brief / compressed)",
  detect: ({ json }) => isRecord(json) && isRecord(json.HostEnvironmentInfo) && Array.isArray(json.Benchmarks),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.Benchmarks)) {
      throw new InputError(`${source}: expected BenchmarkDotNet JSON with a "Benchmarks" array`);
    }
    return json.Benchmarks.map((raw, i) => {
      if (!isRecord(raw) || !isRecord(raw.Statistics)) {
        throw new InputError(`${source}: Benchmarks[${i}]: expected an object with "Statistics"`);
      }
      const method = typeof raw.Method === "string" ? raw.Method : `#${i}`;
      const base = typeof raw.FullName === "string" ? raw.FullName : `${String(raw.Type)}.${method}`;
      const name = typeof raw.Parameters === "string" && raw.Parameters ? `${base}(${raw.Parameters})` : base;
      const at = `${source}: benchmark "${name}"`;
      const st = raw.Statistics;
      const samples = Array.isArray(st.OriginalValues) ? st.OriginalValues.map((v, k) => measurement(v, `${at}: Statistics.OriginalValues[${k}]`) * 1e-9) : void 0;
      const metrics = {
        time: { value: measurement(st.Mean, `${at}: Statistics.Mean`) * 1e-9, unit: "s", direction: "smaller" }
      };
      if (samples && samples.length > 0) metrics.time.samples = samples;
      else if (typeof st.StandardDeviation === "number") {
        metrics.time.stddev = st.StandardDeviation * 1e-9;
        metrics.time.n = Number(st.N) || void 0;
      }
      if (isRecord(raw.Memory) && typeof raw.Memory.BytesAllocatedPerOperation === "number") {
        metrics.memory_alloc = { value: raw.Memory.BytesAllocatedPerOperation, unit: "bytes", direction: "smaller" };
      }
      const b = { name, metrics };
      if (typeof raw.Type === "string") b.group = typeof raw.Namespace === "string" ? `${raw.Namespace}.${raw.Type}` : raw.Type;
      return b;
    });
  }
};

// src/formats/benchmarkjs.ts
var LINE = /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+-|\+\/-)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;
var benchmarkjs = {
  name: "benchmarkjs",
  aliases: ["benchmark.js"],
  description: 'benchmark.js console output ("name x N ops/sec \xB1p% (n runs sampled)")',
  detect: ({ json, text }) => json === void 0 && text.split("\n").some((l) => LINE.test(l.trim())),
  parse({ text, source }) {
    const out = [];
    text.split("\n").forEach((raw, i) => {
      const m = LINE.exec(raw.trim());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      const ops = printedNumber(m[2], where);
      if (ops <= 0) throw new InputError(`${where}: expected a positive ops/sec, got ${m[2]}`);
      const seconds = 1 / ops;
      const runs = Number(m[4]);
      const rme = Number(m[3]) / 100;
      const stddev = rme * seconds / 1.96 * Math.sqrt(runs);
      out.push({ name: m[1], metrics: { time: timeMetric(seconds, void 0, { stddev, n: runs }) } });
    });
    if (out.length === 0)
      throw new InputError(`${source}: expected benchmark.js lines like "name x 1,234 ops/sec \xB11.00% (90 runs sampled)"`);
    return out;
  }
};

// src/formats/benchmarkluau.ts
var LINE2 = /^SUCCESS:\s*(.+?)\s*:\s*([\d.,]+)\s*(ns|us|µs|ms|s)\s*\+\/-\s*([\d.]+)%\s+on\s+(\S+)\s*$/;
var benchmarkluau = {
  name: "benchmarkluau",
  aliases: ["luau"],
  description: 'Luau bench/bench.py output ("SUCCESS: name : 15.041ms +/- 0.636% on luau")',
  detect: ({ json, text }) => json === void 0 && text.split("\n").some((l) => LINE2.test(l.trim())),
  parse({ text, source }) {
    const rows = [];
    text.split("\n").forEach((raw, i) => {
      const m = LINE2.exec(raw.trim());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      rows.push({
        name: m[1],
        driver: m[5],
        seconds: toSeconds(printedNumber(m[2], where), m[3], where),
        rel: Number(m[4]) / 100
      });
    });
    if (rows.length === 0) throw new InputError(`${source}: expected lines like "SUCCESS: name : 15.041ms +/- 0.636% on luau"`);
    const drivers = new Set(rows.map((r) => r.driver));
    return rows.map((r) => ({
      name: drivers.size > 1 ? `${r.name} (${r.driver})` : r.name,
      // bench.py prints the standard deviation as a share of the mean.
      metrics: { time: timeMetric(r.seconds, void 0, { stddev: r.rel * r.seconds }) }
    }));
  }
};

// src/formats/benny.ts
var benny = {
  name: "benny",
  description: "benny JSON from save({ format: 'json' }), with or without details",
  detect: ({ json }) => isRecord(json) && Array.isArray(json.results) && isRecord(json.fastest) && json.results.every((r) => isRecord(r) && "ops" in r && "margin" in r),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.results)) {
      throw new InputError(`${source}: expected benny JSON with a "results" array`);
    }
    const group = typeof json.name === "string" ? json.name : void 0;
    return json.results.map((raw, i) => {
      if (!isRecord(raw) || typeof raw.name !== "string") {
        throw new InputError(`${source}: results[${i}]: expected an object with "name" and "ops"`);
      }
      const at = `${source}: benchmark "${raw.name}"`;
      const ops = measurement(raw.ops, `${at}: ops`);
      if (ops === 0) throw new InputError(`${at}: ops: expected a positive number of operations per second, got 0`);
      const details = isRecord(raw.details) ? raw.details : void 0;
      const samples = Array.isArray(details?.sampleResults) ? details.sampleResults.map((v, k) => measurement(v, `${at}: details.sampleResults[${k}]`)) : void 0;
      const seconds = typeof details?.mean === "number" ? measurement(details.mean, `${at}: details.mean`) : 1 / ops;
      const time = timeMetric(seconds, samples);
      if (!samples && typeof raw.margin === "number" && typeof raw.samples === "number") {
        time.n = raw.samples;
      }
      const b = { name: raw.name, metrics: { time } };
      if (group) b.group = group;
      return b;
    });
  }
};

// src/formats/cargo.ts
var LINE3 = /^test (\S+)\s+\.\.\. bench:\s+([\d,.]+) (\w+)\/iter \(\+\/- ([\d,.]+)\)(?:\s*=\s*([\d,.]+) MB\/s)?/;
var cargoBench = {
  name: "cargo",
  aliases: ["bencher", "criterion-bencher"],
  description: 'cargo bench / criterion --output-format bencher ("test x ... bench: N ns/iter (+/- d)")',
  detect: ({ json, text }) => json === void 0 && /^test \S+\s+\.\.\. bench:/m.test(text),
  parse({ text, source }) {
    const out = [];
    text.split("\n").forEach((line, i) => {
      const m = LINE3.exec(line.trim());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      const seconds = toSeconds(printedNumber(m[2], where), m[3], where);
      const spread = toSeconds(printedNumber(m[4], where), m[3], where);
      const b = { name: m[1], metrics: { time: timeMetric(seconds, void 0, { stddev: spread / 4 }) } };
      if (m[5]) b.metrics.throughput = { value: printedNumber(m[5], where), unit: "MB/s", direction: "bigger" };
      out.push(b);
    });
    if (out.length === 0) throw new InputError(`${source}: expected lines like "test name ... bench: 1,234 ns/iter (+/- 5)"`);
    return out;
  }
};

// src/formats/catch2.ts
var HEAD = /^(.*?)\s+(\d+)\s+(\d+)\s+([\d.,]+ \S+)\s*$/;
var TRIPLE = /^\s+([\d.,]+) (\S+)\s+([\d.,]+) (\S+)\s+([\d.,]+) (\S+)\s*$/;
var catch2 = {
  name: "catch2",
  description: "Catch2 console output with BENCHMARK results",
  detect: ({ json, text }) => json === void 0 && /^benchmark name\s+samples\s+iterations/m.test(text),
  parse({ text, source }) {
    const lines = text.split("\n");
    const out = [];
    let group;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^-{20,}$/.test(line) && /^-{20,}$/.test(lines[i + 2] ?? "") && lines[i + 1]) {
        group = lines[i + 1].trim();
        i += 2;
        continue;
      }
      const head = HEAD.exec(line);
      const meanLine = TRIPLE.exec(lines[i + 1] ?? "");
      const sdLine = TRIPLE.exec(lines[i + 2] ?? "");
      if (!head || !meanLine || !sdLine || /^benchmark name/.test(line)) continue;
      const where = `${source}: line ${i + 2}`;
      const seconds = toSeconds(printedNumber(meanLine[1], where), meanLine[2], where);
      const stddev = toSeconds(printedNumber(sdLine[1], where), sdLine[2], `${source}: line ${i + 3}`);
      const b = {
        name: head[1].trim(),
        metrics: { time: timeMetric(seconds, void 0, { stddev, n: Number(head[2]) }) }
      };
      if (group) b.group = group;
      out.push(b);
      i += 2;
    }
    if (out.length === 0)
      throw new InputError(`${source}: expected Catch2 benchmark rows under "benchmark name  samples  iterations"`);
    return out;
  }
};
var catch2Xml = {
  name: "catch2-xml",
  description: "Catch2 XML reporter output (-r xml) with BenchmarkResults",
  detect: ({ json, text }) => json === void 0 && /<Catch2?[\s>]/.test(text) && text.includes("<BenchmarkResults"),
  parse({ text, source }) {
    let doc;
    try {
      doc = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: "",
        isArray: (n) => ["TestCase", "Section", "BenchmarkResults", "Group"].includes(n)
      }).parse(text, true);
    } catch (error) {
      const e = error;
      throw new InputError(`${source}: expected well-formed Catch2 XML (${e.message ?? String(error)})`);
    }
    const out = [];
    const visit = (node, group) => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, group));
      if (!isRecord(node)) return;
      const here = typeof node.name === "string" && "tags" in node ? node.name : group;
      for (const r of node.BenchmarkResults ?? []) {
        if (!isRecord(r) || !isRecord(r.mean)) continue;
        const where = `${source}: benchmark "${String(r.name)}"`;
        const meanNs = printedNumber(String(r.mean.value), `${where}: mean`);
        const sdNs = isRecord(r.standardDeviation) ? printedNumber(String(r.standardDeviation.value), `${where}: standardDeviation`) : void 0;
        const b = {
          name: String(r.name),
          metrics: {
            time: timeMetric(meanNs * 1e-9, void 0, {
              stddev: sdNs === void 0 ? void 0 : sdNs * 1e-9,
              n: Number(r.samples) || void 0
            })
          }
        };
        if (here) b.group = here;
        out.push(b);
      }
      for (const [key, child] of Object.entries(node))
        if (key !== "BenchmarkResults" && typeof child === "object") visit(child, here);
    };
    visit(doc, void 0);
    if (out.length === 0) throw new InputError(`${source}: expected <BenchmarkResults> elements in the Catch2 XML`);
    return out;
  }
};

// src/formats/criterion.ts
var criterion = {
  name: "criterion",
  aliases: ["cargo-criterion", "criterion-json"],
  description: "Criterion.rs target/criterion/**/new/estimates.json, or cargo criterion --message-format=json",
  siblings: { when: /(^|[\\/])estimates\.json$/, files: ["benchmark.json", "sample.json"] },
  detect: (input) => isEstimates(input.json) || isChange(input.json) || messages(input) !== void 0,
  parse(input) {
    if (isEstimates(input.json)) return [fromEstimates(input, input.json)];
    if (isChange(input.json))
      throw new InputError(
        `${input.source}: this is criterion's change/estimates.json (the relative change against base/), not results; expected the new/estimates.json files, e.g. target/criterion/**/new/estimates.json`
      );
    const lines = messages(input);
    if (!lines) throw new InputError(`${input.source}: expected criterion's estimates.json or cargo criterion JSON messages`);
    const out = lines.flatMap(
      ({ message, line }) => message.reason === "benchmark-complete" ? [fromMessage(message, `${input.source}: line ${line}`)] : []
    );
    if (out.length === 0) throw new InputError(`${input.source}: expected at least one "benchmark-complete" message`);
    return out;
  }
};
function isEstimates(json) {
  return isRecord(json) && isRecord(json.mean) && typeof json.mean.point_estimate === "number" && isRecord(json.std_dev) && isRecord(json.median) && "median_abs_dev" in json;
}
function isChange(json) {
  return isRecord(json) && isRecord(json.mean) && typeof json.mean.point_estimate === "number" && isRecord(json.median) && !("std_dev" in json) && Object.keys(json).length === 2;
}
function messages(input) {
  if (input.json !== void 0 && !isRecord(input.json)) return void 0;
  const out = [];
  for (const [i, raw] of input.text.split("\n").entries()) {
    const text = raw.trim();
    if (text === "") continue;
    if (text[0] !== "{") return void 0;
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return void 0;
    }
    if (!isRecord(message) || typeof message.reason !== "string") return void 0;
    out.push({ message, line: i + 1 });
  }
  return out.some((m) => m.message.reason === "benchmark-complete") ? out : void 0;
}
function siblingJson(input, file) {
  const text = input.siblings?.[file];
  if (text === void 0) return void 0;
  const json = parseJsonText(text, siblingPath(input.source, file));
  if (!isRecord(json)) throw new InputError(`${siblingPath(input.source, file)}: expected a JSON object`);
  return json;
}
var siblingPath = (source, file) => source.replace(/estimates\.json$/, file);
function nameFromPath(source) {
  const m = /(?:^|[\\/])criterion[\\/](.+?)[\\/]new[\\/]estimates\.json$/.exec(source);
  return m?.[1]?.replace(/\\/g, "/");
}
function fromEstimates(input, est) {
  const { source } = input;
  const meta = siblingJson(input, "benchmark.json");
  const name = typeof meta?.full_id === "string" ? meta.full_id : nameFromPath(source);
  if (!name)
    throw new InputError(
      `${source}: expected benchmark.json next to estimates.json, or the path target/criterion/<benchmark>/new/estimates.json, to name the benchmark`
    );
  const at = `${source}: benchmark "${name}"`;
  const ns = (v, where) => toSeconds(measurement(v, `${at}: ${where}`), "ns", at);
  const sample = siblingJson(input, "sample.json");
  let samples;
  if (sample) {
    const where = siblingPath(source, "sample.json");
    const { iters, times } = sample;
    if (!Array.isArray(iters) || !Array.isArray(times) || iters.length !== times.length)
      throw new InputError(`${where}: expected "iters" and "times" arrays of the same length`);
    samples = times.map((t, k) => ns(t, `sample.json times[${k}]`) / measurement(iters[k], `${where}: iters[${k}]`));
  }
  const slope = isRecord(est.slope) ? est.slope.point_estimate : void 0;
  const typical = ns(slope ?? est.mean.point_estimate, slope !== void 0 ? "slope.point_estimate" : "mean.point_estimate");
  const mean2 = ns(est.mean.point_estimate, "mean.point_estimate");
  const b = {
    name,
    metrics: { time: timeMetric(typical, samples, samples ? {} : { stddev: ns(est.std_dev.point_estimate, "std_dev") }) }
  };
  const group = typeof meta?.group_id === "string" && meta.group_id !== name ? meta.group_id : void 0;
  if (group) b.group = group;
  const through = throughput(meta?.throughput, mean2);
  if (through) b.metrics.throughput = through;
  return b;
}
function throughput(raw, seconds) {
  if (!isRecord(raw) || seconds <= 0) return void 0;
  for (const [kind, unit] of [
    ["Bytes", "bytes/s"],
    ["BytesDecimal", "bytes/s"],
    ["Elements", "elements/s"]
  ]) {
    if (typeof raw[kind] === "number") return { value: raw[kind] / seconds, unit, direction: "bigger" };
  }
  return void 0;
}
function fromMessage(m, where) {
  if (typeof m.id !== "string" || m.id === "") throw new InputError(`${where}: expected a benchmark "id"`);
  const at = `${where}: benchmark "${m.id}"`;
  const unit = typeof m.unit === "string" ? m.unit : "ns";
  const seconds = (v, key) => toSeconds(measurement(v, `${at}: ${key}`), unit, at);
  const values = m.measured_values;
  const counts = m.iteration_count;
  if (!Array.isArray(values) || !Array.isArray(counts) || values.length !== counts.length)
    throw new InputError(`${at}: expected "measured_values" and "iteration_count" arrays of the same length`);
  const samples = values.map(
    (v, k) => seconds(v, `measured_values[${k}]`) / measurement(counts[k], `${at}: iteration_count[${k}]`)
  );
  const typical = isRecord(m.typical) ? m.typical : isRecord(m.mean) ? m.mean : void 0;
  const mean2 = typical ? toSeconds(
    measurement(typical.estimate, `${at}: typical.estimate`),
    typeof typical.unit === "string" ? typical.unit : unit,
    at
  ) : samples.reduce((a, b2) => a + b2, 0) / samples.length;
  const b = { name: m.id, metrics: { time: timeMetric(mean2, samples) } };
  const slash = m.id.indexOf("/");
  if (slash > 0) b.group = m.id.slice(0, slash);
  const first = Array.isArray(m.throughput) ? m.throughput[0] : void 0;
  if (isRecord(first) && typeof first.per_iteration === "number" && mean2 > 0)
    b.metrics.throughput = {
      value: first.per_iteration / mean2,
      unit: `${typeof first.unit === "string" ? first.unit : "elements"}/s`,
      direction: "bigger"
    };
  return b;
}

// src/formats/custom.ts
var validate2 = lazyValidator("results");
var custom = {
  name: "custom",
  aliases: ["causal-perf", "json"],
  description: 'causal-perf normalized JSON ({ "benchmarks": [{ "name", "metrics": { "time": { value, unit, direction } } }] })',
  detect: ({ json }) => isRecord(json) && Array.isArray(json.benchmarks) && json.benchmarks.every((b) => isRecord(b) && isRecord(b.metrics)),
  parse({ json, source }) {
    const error = validate2(json);
    if (error) {
      throw new InputError(`${source}: ${describeSchemaError(error)}`);
    }
    return json.benchmarks;
  }
};

// src/formats/go.ts
var LINE4 = /^(Benchmark\S*?)(?:-(\d+))?\s+(\d+)\s+(\S.*)$/;
function goMetric(unit) {
  if (unit === "B/op") return { key: "memory_alloc", unit: "bytes", direction: "smaller" };
  if (unit === "allocs/op") return { key: "allocs", unit: "allocs/op", direction: "smaller" };
  if (unit === "MB/s") return { key: "throughput", unit: "MB/s", direction: "bigger" };
  return void 0;
}
var goBench = {
  name: "go",
  aliases: ["gotest"],
  description: "go test -bench output (several packages, -count repetitions, custom ReportMetric units)",
  detect: ({ json, text }) => json === void 0 && /^Benchmark\S*\s+\d+\s+[\d.]+ ns\/op/m.test(text),
  parse({ text, source }) {
    const rows = [];
    let pkg = "";
    text.split("\n").forEach((line, i) => {
      const pkgLine = /^pkg: (\S+)/.exec(line);
      if (pkgLine) pkg = pkgLine[1];
      const m = LINE4.exec(line.trimEnd());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      const fields = m[4].trim().split(/\s+/);
      if (fields.length % 2 !== 0) throw new InputError(`${where}: expected "value unit" pairs after the iteration count`);
      const values = /* @__PURE__ */ new Map();
      for (let k = 0; k < fields.length; k += 2) {
        const v = printedNumber(fields[k], `${where}: "${fields[k + 1]}"`);
        if (!Number.isFinite(v)) throw new InputError(`${where}: expected a finite value for ${fields[k + 1]}`);
        values.set(fields[k + 1], v);
      }
      rows.push({ pkg, name: m[1], procs: m[2] ? Number(m[2]) : void 0, values });
    });
    if (rows.length === 0) throw new InputError(`${source}: expected "BenchmarkX-N  iterations  value ns/op" lines`);
    const pkgsByName = /* @__PURE__ */ new Map();
    for (const r of rows) pkgsByName.set(r.name, (pkgsByName.get(r.name) ?? /* @__PURE__ */ new Set()).add(r.pkg));
    const grouped2 = /* @__PURE__ */ new Map();
    for (const r of rows) {
      const key = (pkgsByName.get(r.name).size > 1 ? `${r.pkg}.` : "") + r.name;
      grouped2.set(key, [...grouped2.get(key) ?? [], r]);
    }
    return [...grouped2].map(([name, runs]) => {
      const metrics = {};
      const units = new Set(runs.flatMap((r) => [...r.values.keys()]));
      for (const unit of units) {
        const values = runs.map((r) => r.values.get(unit)).filter((v) => v !== void 0);
        const rate = parseRateUnit(unit);
        if (rate && !rate.throughput && unit.endsWith("/op") && /^(ns|us|µs|ms|s)\/op$/.test(unit)) {
          const samples = values.map((v) => rateToSecondsPerOp(v, rate));
          if (samples.some((s) => s < 0))
            throw new InputError(`${source}: benchmark "${name}": expected a non-negative time, got a negative ${unit}`);
          metrics.time = { value: mean(samples), unit: "s", direction: "smaller", ...samples.length > 1 ? { samples } : {} };
          continue;
        }
        const known = goMetric(unit);
        if (known) {
          metrics[known.key] = {
            value: mean(values),
            unit: known.unit,
            direction: known.direction,
            ...values.length > 1 ? { samples: values } : {}
          };
          continue;
        }
        const [key, metric] = freeMetric(unit, mean(values), unit.includes("/") ? unit : "", values);
        metrics[key] = metric;
      }
      const b = { name, metrics };
      if (runs[0].pkg) b.group = runs[0].pkg;
      if (runs[0].procs !== void 0) b.params = { procs: runs[0].procs };
      return b;
    });
  }
};

// src/formats/googlebench.ts
var RESERVED = /* @__PURE__ */ new Set([
  "name",
  "family_index",
  "per_family_instance_index",
  "run_name",
  "run_type",
  "repetitions",
  "repetition_index",
  "threads",
  "iterations",
  "real_time",
  "cpu_time",
  "time_unit",
  "aggregate_name",
  "aggregate_unit",
  "error_occurred",
  "error_message",
  "label",
  "big_o",
  "rms"
]);
function baseName(row) {
  const name = typeof row.run_name === "string" ? row.run_name : String(row.name);
  return name.replace(/\/repeats:\d+$/, "");
}
var googleBenchmark = {
  name: "googlebenchmark",
  aliases: ["googlecpp", "google-benchmark"],
  description: "Google Benchmark JSON (--benchmark_out_format=json)",
  detect: ({ json }) => isRecord(json) && isRecord(json.context) && Array.isArray(json.benchmarks) && "library_build_type" in json.context,
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.benchmarks)) {
      throw new InputError(`${source}: expected Google Benchmark JSON with a "benchmarks" array`);
    }
    const rows = json.benchmarks.filter(isRecord);
    const iterations = rows.filter((r) => r.run_type !== "aggregate" && !r.error_occurred);
    const usable = iterations.length > 0 ? iterations : rows.filter((r) => r.aggregate_name === "mean");
    const byName2 = /* @__PURE__ */ new Map();
    for (const r of usable) byName2.set(baseName(r), [...byName2.get(baseName(r)) ?? [], r]);
    const stddevRow = (name) => rows.find((r) => r.aggregate_name === "stddev" && baseName(r) === name);
    return [...byName2].map(([name, reps]) => {
      const at = `${source}: benchmark "${name}"`;
      const unit = typeof reps[0].time_unit === "string" ? reps[0].time_unit : "ns";
      const real = reps.map((r) => toSeconds(measurement(r.real_time, `${at}: real_time`), unit, `${at}: time_unit`));
      const cpu = reps.map((r) => toSeconds(measurement(r.cpu_time, `${at}: cpu_time`), unit, `${at}: time_unit`));
      const metrics = {
        time: { value: mean(real), unit: "s", direction: "smaller", ...real.length > 1 ? { samples: real } : {} },
        cpu_time: { value: mean(cpu), unit: "s", direction: "smaller", ...cpu.length > 1 ? { samples: cpu } : {} }
      };
      const sd = stddevRow(name);
      if (iterations.length === 0 && sd && typeof sd.real_time === "number") {
        metrics.time.stddev = toSeconds(sd.real_time, unit, `${at}: time_unit`);
        metrics.time.n = Number(sd.repetitions) || void 0;
      }
      for (const key of Object.keys(reps[0])) {
        if (RESERVED.has(key) || typeof reps[0][key] !== "number") continue;
        const values = reps.map((r) => Number(r[key]));
        const [k, metric] = key === "bytes_per_second" || key === "items_per_second" ? [
          key,
          { value: mean(values), unit: key === "bytes_per_second" ? "bytes/s" : "items/s", direction: "bigger" }
        ] : freeMetric(key, mean(values), void 0, values);
        metrics[k] = metric;
      }
      return { name, metrics };
    });
  }
};

// src/formats/hyperfine.ts
var hyperfine = {
  name: "hyperfine",
  description: "hyperfine --export-json output",
  detect: ({ json }) => isRecord(json) && Array.isArray(json.results) && json.results.length > 0 && json.results.every((r) => isRecord(r) && typeof r.command === "string" && "mean" in r),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.results)) {
      throw new InputError(`${source}: expected hyperfine JSON with a "results" array`);
    }
    return json.results.map((raw, i) => {
      if (!isRecord(raw) || typeof raw.command !== "string") {
        throw new InputError(`${source}: results[${i}]: expected an object with "command" and "mean"`);
      }
      const name = raw.command;
      const at = `${source}: benchmark "${name}"`;
      const times = Array.isArray(raw.times) ? raw.times.map((t, k) => measurement(t, `${at}: times[${k}]`)) : void 0;
      const metrics = {
        time: {
          value: measurement(raw.mean, `${at}: mean`),
          unit: "s",
          direction: "smaller",
          ...times ? { samples: times } : {}
        }
      };
      if (Array.isArray(raw.memory_usage_byte) && raw.memory_usage_byte.length > 0) {
        const rss = raw.memory_usage_byte.map((v, k) => measurement(v, `${at}: memory_usage_byte[${k}]`));
        metrics.memory_peak = { value: maxOf(rss), unit: "bytes", direction: "smaller", samples: rss };
      }
      const b = { name, metrics };
      if (isRecord(raw.parameters)) b.params = raw.parameters;
      return b;
    });
  }
};

// src/formats/jmh.ts
function paramSuffix(params) {
  if (!isRecord(params) || Object.keys(params).length === 0) return "";
  return ` [${Object.entries(params).map(([k, v]) => `${k}=${String(v)}`).join(", ")}]`;
}
var jmh = {
  name: "jmh",
  description: "JMH JSON (-rf json), throughput or time modes",
  detect: ({ json }) => Array.isArray(json) && json.length > 0 && json.every((e) => isRecord(e) && typeof e.benchmark === "string" && isRecord(e.primaryMetric)),
  parse({ json, source }) {
    if (!Array.isArray(json)) throw new InputError(`${source}: expected a JMH JSON array of benchmark results`);
    return json.map((raw, i) => {
      if (!isRecord(raw) || typeof raw.benchmark !== "string" || !isRecord(raw.primaryMetric)) {
        throw new InputError(`${source}: [${i}]: expected an object with "benchmark" and "primaryMetric"`);
      }
      const name = raw.benchmark + paramSuffix(raw.params);
      const at = `${source}: benchmark "${name}"`;
      const pm = raw.primaryMetric;
      const unitText = String(pm.scoreUnit);
      const unit = parseRateUnit(unitText);
      if (!unit)
        throw new InputError(
          `${at}: primaryMetric.scoreUnit: expected a time or throughput unit such as ops/s or ns/op, got "${unitText}"`
        );
      const score = measurement(pm.score, `${at}: primaryMetric.score`);
      const raws = Array.isArray(pm.rawData) ? pm.rawData.flat() : [];
      const samples = raws.map((v, k) => rateToSecondsPerOp(measurement(v, `${at}: primaryMetric.rawData[${k}]`), unit));
      const seconds = rateToSecondsPerOp(score, unit);
      if (!Number.isFinite(seconds)) throw new InputError(`${at}: primaryMetric.score: expected a positive throughput, got 0`);
      const metrics = {
        // The mean of the inverted iteration throughputs is not the inverse of their mean; keep JMH's score.
        time: { value: seconds, unit: "s", direction: "smaller", ...samples.length > 1 ? { samples } : {} }
      };
      if (isRecord(raw.secondaryMetrics)) {
        for (const [key, sm] of Object.entries(raw.secondaryMetrics)) {
          if (!isRecord(sm) || typeof sm.score !== "number") continue;
          if (key.endsWith("gc.alloc.rate.norm")) {
            metrics.memory_alloc = { value: sm.score, unit: "bytes", direction: "smaller" };
          }
        }
      }
      const b = { name, metrics };
      if (isRecord(raw.params)) b.params = raw.params;
      const owner = raw.benchmark.split(".").slice(0, -1).join(".");
      if (owner) b.group = owner;
      return b;
    });
  }
};

// src/formats/julia.ts
var julia = {
  name: "julia",
  aliases: ["benchmarktools", "benchmarktools.jl"],
  description: "BenchmarkTools.jl saved results (BenchmarkTools.save: TrialEstimate or Trial leaves)",
  detect: ({ json }) => Array.isArray(json) && isRecord(json[0]) && "BenchmarkTools" in json[0],
  parse({ json, source }) {
    if (!Array.isArray(json) || !Array.isArray(json[1]))
      throw new InputError(`${source}: expected [header, [groups\u2026]] as BenchmarkTools.save writes it`);
    const out = [];
    const walk = (node, path, where) => {
      if (!Array.isArray(node) || typeof node[0] !== "string" || !isRecord(node[1]))
        throw new InputError(`${where}: expected ["BenchmarkGroup" | "TrialEstimate" | "Trial", {\u2026}]`);
      const [kind, body] = node;
      if (kind === "BenchmarkGroup") {
        if (!isRecord(body.data)) throw new InputError(`${where}: expected a BenchmarkGroup with "data"`);
        for (const [key, child] of Object.entries(body.data)) walk(child, [...path, key], `${where}.data["${key}"]`);
        return;
      }
      if (kind !== "TrialEstimate" && kind !== "Trial")
        throw new InputError(`${where}: expected a BenchmarkGroup, TrialEstimate or Trial, got "${kind}"`);
      if (path.length === 0) throw new InputError(`${where}: a ${kind} outside any group has no name`);
      let time;
      if (kind === "Trial") {
        if (!Array.isArray(body.times) || body.times.length === 0)
          throw new InputError(`${where}: expected "times", a list of ns`);
        const samples = body.times.map((t, i) => measurement(t, `${where}.times[${i}]`) * 1e-9);
        const sorted = [...samples].sort((a, b) => a - b);
        time = timeMetric(sorted[Math.floor(sorted.length / 2)], samples);
      } else time = timeMetric(measurement(body.time, `${where}.time`) * 1e-9);
      const metrics = { time };
      if (body.memory !== void 0)
        metrics.memory_alloc = { value: measurement(body.memory, `${where}.memory`), unit: "bytes", direction: "smaller" };
      if (body.allocs !== void 0)
        metrics.allocs = { value: measurement(body.allocs, `${where}.allocs`), unit: "allocs", direction: "smaller" };
      out.push({ name: path.join("/"), metrics });
    };
    json[1].forEach((g, i) => walk(g, [], `${source}: [1][${i}]`));
    if (out.length === 0) throw new InputError(`${source}: expected at least one TrialEstimate or Trial`);
    return out;
  }
};

// src/formats/pytest.ts
var pytestBenchmark = {
  name: "pytest",
  aliases: ["pytest-benchmark"],
  description: "pytest-benchmark --benchmark-json output",
  detect: ({ json }) => isRecord(json) && Array.isArray(json.benchmarks) && ("machine_info" in json || json.benchmarks.some((b) => isRecord(b) && isRecord(b.stats) && "fullname" in b)),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.benchmarks)) {
      throw new InputError(`${source}: expected pytest-benchmark JSON with a "benchmarks" array`);
    }
    return json.benchmarks.map((raw, i) => {
      const where = `${source}: benchmarks[${i}]`;
      if (!isRecord(raw) || typeof raw.name !== "string" || !isRecord(raw.stats)) {
        throw new InputError(`${where}: expected an object with "name" and "stats"`);
      }
      const at = `${source}: benchmark "${raw.name}"`;
      const stats = raw.stats;
      const mean2 = measurement(stats.mean, `${at}: stats.mean`);
      const data = Array.isArray(stats.data) ? stats.data.map((v, k) => measurement(v, `${at}: stats.data[${k}]`)) : void 0;
      const extra = isRecord(raw.extra_info) ? numericMetrics(raw.extra_info, `${at}: extra_info`) : {};
      const benchmark = {
        name: pytestName(raw.name),
        metrics: {
          ...extra,
          time: timeMetric(
            mean2,
            data,
            data ? {} : { stddev: typeof stats.stddev === "number" ? stats.stddev : void 0, n: Number(stats.rounds) || void 0 }
          )
        }
      };
      if (typeof raw.group === "string") benchmark.group = raw.group;
      if (isRecord(raw.params)) benchmark.params = raw.params;
      return benchmark;
    });
  }
};
function pytestName(nameOrFullname) {
  const cut = nameOrFullname.lastIndexOf("::");
  return cut >= 0 ? nameOrFullname.slice(cut + 2) : nameOrFullname;
}

// src/formats/peer.ts
var BIGGER_TOOLS = /* @__PURE__ */ new Set(["customBiggerIsBetter"]);
function mapPeerFigure(bench, tool) {
  const split = / - ([^ ]+)$/.exec(bench.name);
  const raw = split ? bench.name.slice(0, split.index) : bench.name;
  const name = tool === "pytest" ? pytestName(raw) : raw;
  const unit = bench.unit.trim();
  const rate = parseRateUnit(unit.replace(/^(iter|ops?)\/(sec|second)$/, "ops/s"));
  const custom2 = tool === "customBiggerIsBetter" || tool === "customSmallerIsBetter";
  const agrees = !custom2 || tool === "customSmallerIsBetter" === !rate?.throughput;
  if (rate && agrees) {
    const metric = { value: rateToSecondsPerOp(bench.value, rate), unit: "s", direction: "smaller" };
    const pm = /±\s*([\d.]+)\s*%/.exec(bench.range ?? "");
    const abs = /±\s*([\d.]+)\s*$/.exec(bench.range ?? "");
    if (pm) metric.stddev = metric.value * Number(pm[1]) / 100;
    else if (abs && !rate.throughput) {
      let sd = Number(abs[1]);
      if (tool === "catch2") for (let k = 0; k < 3 && sd > bench.value; k++) sd /= 1e3;
      metric.stddev = sd * rate.seconds;
    }
    if (metric.stddev !== void 0 && !(metric.stddev <= metric.value)) delete metric.stddev;
    return { key: "time", metric, name };
  }
  const direction = BIGGER_TOOLS.has(tool) ? "bigger" : "smaller";
  if (unit === "B/op") return { key: "memory_alloc", metric: { value: bench.value, unit: "bytes", direction: "smaller" }, name };
  if (unit === "allocs/op") return { key: "allocs", metric: { value: bench.value, unit, direction: "smaller" }, name };
  const key = /^(bytes?|B|KB|MB|GB|KiB|MiB|GiB)$/i.test(unit) ? "memory" : "value";
  return { key, metric: { value: bench.value, unit, direction }, name };
}
var isPeerList = (json) => Array.isArray(json) && json.length > 0 && json.every(
  (b) => typeof b === "object" && b !== null && typeof b.name === "string" && "value" in b && "unit" in b
);
function customPeer(tool) {
  return {
    name: tool,
    description: `github-action-benchmark's ${tool} JSON ([{ "name", "unit", "value", "range"?, "extra"? }]); the direction comes from the tool name`,
    // The content cannot say which way is better: these are used only when named with tool.
    namedOnly: true,
    detect: ({ json }) => isPeerList(json),
    parse({ json, source }) {
      if (!isPeerList(json)) throw new InputError(`${source}: expected a JSON list of {name, unit, value} objects (${tool})`);
      const byName2 = /* @__PURE__ */ new Map();
      json.forEach((bench, i) => {
        if (typeof bench.value !== "number" || !Number.isFinite(bench.value))
          throw new InputError(`${source}: [${i}].value: expected a number, got ${JSON.stringify(bench.value)}`);
        if (typeof bench.unit !== "string") throw new InputError(`${source}: [${i}].unit: expected a string`);
        const { key, metric, name } = mapPeerFigure(bench, tool);
        const b = byName2.get(name) ?? { name, metrics: {} };
        if (b.metrics[key]) throw new InputError(`${source}: [${i}]: "${bench.name}" appears twice`);
        b.metrics[key] = metric;
        byName2.set(name, b);
      });
      return [...byName2.values()];
    }
  };
}
var customSmallerIsBetter = customPeer("customSmallerIsBetter");
var customBiggerIsBetter = customPeer("customBiggerIsBetter");
var peerCustomHint = (json) => isPeerList(json) ? " (this looks like github-action-benchmark's custom JSON: name its direction with tool: customSmallerIsBetter or customBiggerIsBetter)" : "";

// src/formats/registry.ts
var FORMATS = [
  pytestBenchmark,
  googleBenchmark,
  benchmarkDotNet,
  benny,
  hyperfine,
  jmh,
  julia,
  criterion,
  custom,
  goBench,
  benchmarkjs,
  benchmarkluau,
  cargoBench,
  catch2Xml,
  catch2,
  customSmallerIsBetter,
  customBiggerIsBetter
];
var MAX_RESULT_BYTES = 512 * 1024 * 1024;
function assertSize(bytes, source) {
  if (bytes > MAX_RESULT_BYTES) {
    throw new InputError(
      `${source}: the file is ${(bytes / 2 ** 20).toFixed(0)} MiB; expected a result file under ${MAX_RESULT_BYTES / 2 ** 20} MiB`
    );
  }
}
function findFormat(tool) {
  const wanted = tool.trim().toLowerCase();
  const hit = FORMATS.find((f) => f.name.toLowerCase() === wanted || f.aliases?.includes(wanted));
  if (!hit) {
    throw new InputError(`unknown tool "${tool}"; expected one of: ${FORMATS.map((f) => f.name).join(", ")}`);
  }
  return hit;
}
function checkBenchmarks(benchmarks, source) {
  if (benchmarks.length === 0) throw new InputError(`${source}: expected at least one benchmark, found none`);
  for (const [i, b] of benchmarks.entries()) {
    if (typeof b.name !== "string" || b.name.trim() === "") {
      throw new InputError(`${source}: benchmark #${i + 1}: expected a non-empty name`);
    }
    for (const [key, m] of Object.entries(b.metrics)) {
      const where = `${source}: benchmark "${b.name}" metric "${key}"`;
      if (!Number.isFinite(m.value)) throw new InputError(`${where}: expected a finite value, got ${m.value}`);
      if ((key === "time" || m.unit === "s") && m.value < 0)
        throw new InputError(`${where}: expected a non-negative time, got ${m.value}`);
      if (m.samples?.some((s) => !Number.isFinite(s))) throw new InputError(`${where}: expected finite samples`);
      if (key === "time" && m.samples?.some((s) => s < 0)) throw new InputError(`${where}: expected non-negative time samples`);
    }
  }
  assertUniqueNames(benchmarks, source);
  return benchmarks;
}
function parseResults(text, source, tool, siblings) {
  assertSize(text.length, source);
  if (text.trim() === "") throw new InputError(`${source}: the file is empty; expected benchmark results`);
  const first = text.trimStart()[0];
  const looksJson = first === "{" || first === "[";
  const input = { text, source, ...siblings ? { siblings } : {} };
  if (looksJson) {
    try {
      input.json = parseJsonText(text, source);
    } catch (error) {
      const bad = jsonLinesBreak(text);
      if (bad === void 0) throw error;
      if (bad > 0)
        throw new InputError(`${source}: line ${bad}: expected one whole JSON object per line, as on the lines before`);
    }
  }
  if (tool) {
    const format2 = findFormat(tool);
    if (!format2.detect(input)) {
      throw new InputError(
        `${source}: this does not look like ${format2.description} (--tool ${format2.name}); expected that format, or omit the tool to detect it`
      );
    }
    return { tool: format2.name, benchmarks: checkBenchmarks(format2.parse(input), source) };
  }
  const format = FORMATS.find((f) => !f.namedOnly && f.detect(input));
  if (!format) {
    throw new InputError(
      `${source}: unknown result format; expected one of: ${FORMATS.map((f) => f.name).join(", ")} (or name it with the tool option)${peerCustomHint(input.json)}`
    );
  }
  return { tool: format.name, benchmarks: checkBenchmarks(format.parse(input), source) };
}
function jsonLinesBreak(text) {
  const lines = text.split("\n");
  const isObject = (line) => {
    try {
      const v = JSON.parse(line);
      return typeof v === "object" && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  };
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < 2 || !isObject(filled[0])) return void 0;
  const bad = lines.findIndex((l) => l.trim() !== "" && !isObject(l));
  return bad < 0 ? 0 : bad + 1;
}
function siblingsWanted(path, tool) {
  const formats = tool ? [findFormat(tool)] : FORMATS;
  return [...new Set(formats.flatMap((f) => f.siblings && f.siblings.when.test(path) ? f.siblings.files : []))];
}
function mergeResults(parts) {
  const owner = /* @__PURE__ */ new Map();
  const benchmarks = [];
  for (const part of parts) {
    for (const b of part.benchmarks) {
      const other = owner.get(b.name);
      if (other)
        throw new InputError(`${part.source}: benchmark "${b.name}" is also in ${other}; expected each benchmark once per run`);
      owner.set(b.name, part.source);
      benchmarks.push(b);
    }
  }
  const tools = [...new Set(parts.map((p) => p.tool))];
  return { benchmarks, run: { tool: tools.join(",") } };
}

// src/io/result-files.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
async function readResultFiles(paths, tool) {
  if (paths.length === 0) throw new InputError("no result files given; expected at least one path");
  const parts = [];
  for (const path of paths) {
    let size;
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new InputError(`${path}: expected a result file, found a directory or special file`);
      size = st.size;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`${path}: cannot read the result file (${error.code ?? String(error)})`);
    }
    assertSize(size, path);
    const text = await readFile2(path, "utf8");
    parts.push({ source: path, ...parseResults(text, path, tool, await readSiblings(path, tool)) });
  }
  return mergeResults(parts);
}
async function readSiblings(path, tool) {
  const wanted = siblingsWanted(path, tool);
  if (wanted.length === 0) return void 0;
  const out = {};
  for (const file of wanted) {
    const at = join(dirname(path), file);
    try {
      const st = await stat(at);
      if (!st.isFile()) continue;
      assertSize(st.size, at);
      out[file] = await readFile2(at, "utf8");
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error.code !== "ENOENT")
        throw new InputError(`${at}: cannot read (${error.code ?? String(error)})`);
    }
  }
  return out;
}

// src/io/glob.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve, sep } from "node:path";
async function globFiles(pattern, cwd) {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
  if (!import_picomatch3.default.scan(absolute).isGlob) return existsSync(absolute) ? [absolute] : [];
  const base = import_picomatch3.default.scan(absolute).base || sep;
  const match = (0, import_picomatch3.default)(relative(base, absolute).split(sep).join("/"), { dot: true });
  const found = [];
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join2(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== ".git") await walk(path);
      } else if (match(relative(base, path).split(sep).join("/"))) found.push(path);
    }
  };
  await walk(base);
  return found.sort();
}
async function expandPatterns(patterns, cwd, nothing) {
  const files = [];
  for (const pattern of patterns) {
    const hits = await globFiles(pattern, cwd);
    if (hits.length === 0) throw new InputError(nothing(pattern));
    pushAll(files, hits);
  }
  return files;
}

// src/pipeline/measure.ts
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { createHash } from "node:crypto";
var SuiteTimeout = class extends InputError {
  constructor(message) {
    super(message);
    this.name = "SuiteTimeout";
  }
};
async function runSuite(suite, log, output) {
  const go = async () => {
    const start = process.hrtime.bigint();
    let result;
    try {
      result = await executeShell(suite.command, {
        cwd: suite.cwd,
        env: suite.env,
        onOutput: output,
        capture: false,
        ...suite.timeoutMs !== void 0 ? { timeoutMs: Math.max(1, suite.timeoutMs) } : {}
      });
    } catch (error) {
      if (error instanceof CommandStartError)
        throw new InputError(`${suite.flag}: could not start "${suite.command}": ${error.message}`);
      throw error;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.timedOut)
      throw new SuiteTimeout(
        `${suite.flag}: stopped the suite after ${seconds.toFixed(0)} s, at its time limit: ${suite.command}`
      );
    if (result.code !== 0)
      throw new InputError(
        `${suite.flag}: the benchmark command exited with ${result.code === null ? "a signal" : `code ${result.code}`}: ${suite.command}`
      );
    log.info(`The suite took ${seconds.toFixed(1)} s.`);
    return seconds;
  };
  return log.group ? log.group(`Running the benchmark suite: ${suite.command}`, go) : go();
}
var filesOf = (files) => files.expand === false ? Promise.resolve(files.patterns) : expandPatterns(files.patterns, files.cwd, files.missing);
async function parseResults2(files) {
  return readResultFiles(await filesOf(files), files.tool);
}
async function signature(path) {
  try {
    const [st, content] = await Promise.all([stat2(path), readFile3(path)]);
    return `${st.mtimeMs}:${st.size}:${createHash("sha1").update(content).digest("hex")}`;
  } catch {
    return void 0;
  }
}
async function snapshotResults(files) {
  const out = /* @__PURE__ */ new Map();
  for (const pattern of files.patterns) {
    const hits = files.expand === false ? [pattern] : await globFiles(pattern, files.cwd);
    for (const f of hits) {
      const sig2 = await signature(f);
      if (sig2 !== void 0) out.set(f, sig2);
    }
  }
  return out;
}
async function parseFreshResults(files, before, flag) {
  const fresh = [];
  for (const pattern of files.patterns) {
    const hits = files.expand === false ? [pattern] : await expandPatterns([pattern], files.cwd, files.missing);
    const now = [];
    for (const f of hits) if (await signature(f) !== before.get(f)) now.push(f);
    if (now.length === 0)
      throw new InputError(
        `${flag}: the suite wrote no new file matching "${pattern}" in this run (what matches is from before it)`
      );
    fresh.push(...now);
  }
  return readResultFiles(fresh, files.tool);
}
async function parseRuns(files) {
  const runs = [];
  for (const file of await filesOf(files)) runs.push(await readResultFiles([file], files.tool));
  return runs;
}

// src/pipeline/baseline.ts
function judgedRows(run) {
  return (run.flagged ?? []).filter((f) => f.status === "regression" || f.status === "below-floor" || f.accepted).map(({ benchmark, metric }) => ({ benchmark, metric }));
}
var START_POINT_RUNS = 5;
var READ_ATTEMPTS = 3;
var READ_BACKOFF_MS = 500;
async function baselineWindow(source, limit, suite, history, log, preloaded) {
  if (source.from === "files") return { runs: await parseRuns(source.files) };
  if (source.from === "runs") return { runs: source.runs };
  if (source.from === "decided") return { runs: [] };
  if (!history?.read) return { runs: [] };
  const shas = source.untilShas ?? [];
  let runs = preloaded;
  for (let attempt = 1; !runs; attempt++) {
    try {
      runs = await history.read.load({
        suite,
        branch: source.branch,
        limit: limit + 1,
        untilShas: shas,
        testbed: source.testbed
      });
    } catch (error) {
      if (attempt >= READ_ATTEMPTS)
        throw new HistoryReadError(
          `could not read the benchmark history from the ${history.describe} (${attempt} attempts; last: ${errorMessage(error)}). The run is not judged against an empty baseline, which would pass any regression; nothing was recorded. Re-run the job.`
        );
      log.warn(`could not read the benchmark history from the ${history.describe}: ${errorMessage(error)}; retrying`);
      await new Promise((r) => setTimeout(r, READ_BACKOFF_MS * attempt));
    }
  }
  let note;
  let branch = source.branch;
  if (runs.length < START_POINT_RUNS && source.fallbackBranch && source.fallbackBranch !== source.branch) {
    const own = runs;
    const first = own[0]?.recordedAt;
    const start = (await history.read.load({
      suite,
      branch: source.fallbackBranch,
      limit: limit + 1,
      untilShas: shas,
      testbed: source.testbed
    })).filter((r) => first === void 0 || r.recordedAt < first);
    if (start.length > 0) {
      runs = [...start, ...own];
      note = `${own.length === 0 ? `No runs of ${source.branch} yet` : `Only ${own.length} run${own.length === 1 ? "" : "s"} of ${source.branch}`}: the baseline starts from ${source.fallbackBranch}'s runs before it, where the branch started.`;
      branch = own.length === 0 ? source.fallbackBranch : `${source.fallbackBranch} and ${source.branch}`;
    }
  }
  if (source.pullRequest && runs.length > 0 && !shas.includes(runs.at(-1)?.commit.sha ?? ""))
    note = `History has no run of the pull request's base commit; the baseline is ${source.branch}'s newest runs.`;
  log.info(
    `Baseline: ${Math.min(runs.length, limit)} runs of ${branch ?? "all branches"}${source.testbed ? ` on ${source.testbed}` : ""} from the ${history.describe}.`
  );
  const kept = runs.slice(-(limit + 1));
  return {
    runs: kept.map((r) => r.results),
    note,
    cpus: kept.map((r) => typeof r.environment?.cpu === "string" ? r.environment.cpu : void 0),
    commits: kept.map((r) => ({
      sha: r.commit.sha,
      ...r.branch !== void 0 ? { branch: r.branch } : {},
      flagged: judgedRows(r)
    }))
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/pipeline/drift.ts
function defaultBranchOf(runs) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of runs) if (r.branch) counts.set(r.branch, (counts.get(r.branch) ?? 0) + 1);
  if (counts.has("main")) return "main";
  if (counts.has("master")) return "master";
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
async function findChanges(store, suites, options = {}) {
  const changes = [];
  for (const suite of suites) {
    let runs = await store.load({ suite, branch: options.branch, limit: options.limit ?? 1e5 });
    if (!options.branch) {
      const branch = defaultBranchOf(runs);
      runs = runs.filter((r) => !r.branch || r.branch === branch);
    }
    pushAll(changes, changesIn(suite, runs));
  }
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}
function seriesOf(runs, testbed) {
  const series = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const bed = testbed ?? testbedOf(run) ?? "";
    for (const b of run.results.benchmarks)
      for (const metric in b.metrics) {
        const m = b.metrics[metric];
        const key = `${b.name}\0${metric}\0${bed}`;
        let s = series.get(key);
        if (!s)
          series.set(
            key,
            s = { benchmark: b.name, group: b.group, metric, unit: m.unit, direction: m.direction, testbed: bed, points: [] }
          );
        if (Number.isFinite(m.value)) s.points.push({ value: m.value, run });
      }
  }
  return series;
}
function changesOf(suite, s, points = s.points) {
  return changePoints(points.map((p) => p.value)).map((c) => ({
    suite,
    benchmark: s.benchmark,
    metric: s.metric,
    unit: s.unit,
    testbed: s.testbed,
    from_sha: points[c.from]?.run.commit.sha ?? "",
    to_sha: points[c.to]?.run.commit.sha ?? "",
    at: points[c.to]?.run.recordedAt ?? "",
    before: c.before,
    after: c.after,
    ratio: c.ratio,
    interval: c.interval,
    flagged_by_gate: points.slice(c.from + 1, c.to + 1).some(
      (p) => (p.run.flagged ?? []).some(
        (f) => f.benchmark === s.benchmark && f.metric === s.metric && (f.status === "regression" || f.status === "below-floor")
      )
    )
  }));
}
function changesIn(suite, runs, testbed) {
  const changes = [];
  for (const s of seriesOf(runs, testbed).values()) pushAll(changes, changesOf(suite, s));
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}
function newDrift(suite, runs, testbed) {
  const position = new Map(runs.map((r, i) => [r.commit.sha, i]));
  const last = runs.at(-1);
  const out = [];
  for (const s of seriesOf(runs, testbed).values()) {
    const now = changesOf(suite, s).filter((c) => !c.flagged_by_gate);
    if (now.length === 0) continue;
    const before = changesOf(suite, s, s.points.at(-1)?.run === last ? s.points.slice(0, -1) : s.points);
    const seen = (c) => before.some(
      (b) => Math.sign(b.ratio - 1) === Math.sign(c.ratio - 1) && // A step that grew (the creep went on) is news again; one that only moved is not.
      Math.abs(Math.log(c.ratio / b.ratio)) < 0.02 && Math.abs((position.get(b.to_sha) ?? -99) - (position.get(c.to_sha) ?? 99)) <= 5
    );
    pushAll(
      out,
      now.filter((c) => !seen(c))
    );
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}
var CURRENT_RUNS = 3;
function openRegressions(runs, rules, testbed) {
  const out = [];
  for (const s of seriesOf(runs, testbed).values()) {
    const rule = ruleFor(rules, s.metric, { name: s.benchmark, group: s.group });
    const limit = rule.regression_limit;
    if (limit === false || limit === void 0 || rule.fail === false) continue;
    const found = changePoints(s.points.map((p) => p.value));
    if (found.length === 0) continue;
    const sign = (rule.direction ?? s.direction) === "smaller" ? 1 : -1;
    const since = found.at(-1).to;
    if (s.points.length - since < CURRENT_RUNS) continue;
    const now = median(s.points.slice(since).map((p) => p.value));
    let acceptedAt = -1;
    s.points.forEach((p, i) => {
      if ((p.run.flagged ?? []).some((f) => f.benchmark === s.benchmark && f.metric === s.metric && f.accepted)) acceptedAt = i;
    });
    for (const c of found) {
      const before = c.before;
      if (c.to <= acceptedAt || !(before > 0 && now > 0) || (now / before) ** sign <= limit) continue;
      const range = s.points.slice(c.from + 1, c.to + 1);
      out.push({
        benchmark: s.benchmark,
        metric: s.metric,
        unit: s.unit,
        testbed: s.testbed,
        from_sha: s.points[c.from].run.commit.sha,
        to_sha: s.points[c.to].run.commit.sha,
        at: s.points[c.to].run.recordedAt,
        before,
        now,
        ratio: now / before,
        limit,
        flagged_by_gate: range.some(
          (p) => (p.run.flagged ?? []).some(
            (f) => f.benchmark === s.benchmark && f.metric === s.metric && (f.status === "regression" || f.status === "below-floor")
          )
        )
      });
      break;
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

// src/analysis/scaling.ts
function familiesOf(names, named = {}) {
  const present = new Set(names);
  const out = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const [family, members] of Object.entries(named)) {
    for (const name of Object.keys(members)) taken.add(name);
    const list = Object.entries(members).filter(([name]) => present.has(name)).map(([benchmark, size]) => ({ benchmark, size })).sort((a, b) => a.size - b.size);
    if (list.length >= MIN_MEMBERS) out.set(family, list);
  }
  for (const [family, members] of sizeFamilies(names.filter((n) => !taken.has(n))))
    if (!out.has(family)) out.set(family, members);
  return out;
}
function weightedSlope(x, y, sd) {
  const w = sd.map((s) => 1 / Math.max(s, 1e-6) ** 2);
  const sw = w.reduce((a, b) => a + b, 0);
  const mx = w.reduce((a, wi, i) => a + wi * x[i], 0) / sw;
  const my = w.reduce((a, wi, i) => a + wi * y[i], 0) / sw;
  const sxx = w.reduce((a, wi, i) => a + wi * (x[i] - mx) ** 2, 0);
  const sxy = w.reduce((a, wi, i) => a + wi * (x[i] - mx) * (y[i] - my), 0);
  return { slope: sxy / sxx, se: Math.sqrt(1 / sxx) };
}
var Z975 = 1.959963984540054;
function judgeScaling(rows, rules) {
  const out = [];
  const metrics = new Set(rows.map((r) => r.metric));
  for (const metric of metrics) {
    const ofMetric = new Map(rows.filter((r) => r.metric === metric).map((r) => [r.benchmark, r]));
    for (const [family, members] of familiesOf([...ofMetric.keys()], rules.sizes)) {
      const usable = members.map((m) => ({ ...m, row: ofMetric.get(m.benchmark) })).filter(({ row: row2 }) => row2.base !== null && row2.head !== null && row2.base > 0 && row2.head > 0 && row2.interval);
      if (usable.length < MIN_MEMBERS) continue;
      const first = usable[0].row;
      const rule = ruleFor(rules, metric, { name: first.benchmark, group: first.group });
      const limit = rule.max_exponent_increase === false ? void 0 : rule.max_exponent_increase;
      const sign = first.direction === "smaller" ? 1 : -1;
      const x = usable.map((m) => Math.log(m.size));
      const change = usable.map(({ row: row2 }) => Math.log(row2.head / row2.base));
      const sd = usable.map(({ row: row2 }) => Math.max((Math.log(row2.interval[1]) - Math.log(row2.interval[0])) / (2 * Z975), 1e-4));
      const fit = weightedSlope(x, change, sd);
      const sizes = usable.map((m) => m.size);
      const base = exponentOf(
        sizes,
        usable.map(({ row: row2 }) => row2.base)
      );
      const head = exponentOf(
        sizes,
        usable.map(({ row: row2 }) => row2.head)
      );
      const increase = sign * fit.slope;
      const confidence = normalConfidence(increase / fit.se);
      const bounds = [increase - Z975 * fit.se, increase + Z975 * fit.se];
      const row = {
        family,
        metric,
        sizes: usable.map((m) => m.size),
        benchmarks: usable.map((m) => m.benchmark),
        base_exponent: round(base),
        head_exponent: round(head),
        increase: round(increase),
        interval: [round(bounds[0]), round(bounds[1])],
        confidence: round(confidence, 4),
        status: "unchanged",
        fails: false,
        reason: ""
      };
      if (limit !== void 0) row.limit = limit;
      const enforced = rule.fail !== false && limit !== void 0;
      const text = `~n^${base.toFixed(1)} \u2192 ~n^${head.toFixed(1)} over sizes ${row.sizes.join(", ")} (exponent ${fmtSigned(increase)}, 95 % ${fmtSigned(bounds[0])} \u2026 ${fmtSigned(bounds[1])})`;
      if (limit !== void 0 && increase > limit && confidence >= rules.confidence) {
        row.status = "steeper";
        row.fails = enforced;
        row.reason = `${text}: it grows faster with size than the baseline, past the +${limit} limit on the exponent; ${(confidence * 100).toFixed(1)} % confident. At sizes beyond the suite's the slowdown is larger than any tested row shows (\xD7${largerBy(increase, 10)} at 10\xD7 the largest size).`;
      } else if (limit !== void 0 && increase > limit) {
        row.status = "inconclusive";
        row.reason = `${text}: past the +${limit} limit on the exponent, but not credible (${(confidence * 100).toFixed(1)} % confident, ${(rules.confidence * 100).toFixed(0)} % required).`;
      } else if (limit !== void 0 && -increase > limit && 1 - confidence >= rules.confidence) {
        row.status = "flatter";
        row.reason = `${text}: it grows more slowly with size than the baseline.`;
      } else row.reason = `${text}${limit !== void 0 ? `: within the +${limit} limit on the exponent` : ""}.`;
      out.push(row);
    }
  }
  return out;
}
function largerBy(increase, factor) {
  return (factor ** increase).toFixed(1);
}
function fmtSigned(v) {
  return `${v >= 0 ? "+" : "\u2212"}${Math.abs(v).toFixed(2)}`;
}
function round(v, digits = 3) {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

// src/report/trend-links.ts
function trendLinks(base, suite) {
  return {
    trendUrl: `${base}#${trendHash({ suite })}`,
    benchmarkLink: (b) => `${base}#${trendHash({ suite, b: benchmarkKey(b) })}`
  };
}

// src/pipeline/instructions.ts
import { cpus as cpus2, tmpdir } from "node:os";
import { mkdir, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/analysis/controls.ts
var CONTROLS = 2;
function pickControls(decision, names) {
  const asked = new Set(names);
  return decision.results.filter(
    (r) => r.metric === "time" && r.status === "unchanged" && !asked.has(r.benchmark) && r.settled !== false && r.interval && r.head !== null && r.ratio !== null && (r.limit === void 0 || r.ratio <= r.limit && r.ratio >= 1 / r.limit)
  ).sort((a, b) => Math.log(a.interval[1] / a.interval[0]) - Math.log(b.interval[1] / b.interval[0])).slice(0, CONTROLS).map((r) => r.benchmark);
}
var timeOf = (set, name, rules) => {
  const m = set.benchmarks.find((b) => b.name === name)?.metrics.time;
  const v = m ? runStatistic(m, rules.statistic) : NaN;
  return v > 0 ? Math.log(v) : NaN;
};
function controlLevels(decision, controls) {
  const out = /* @__PURE__ */ new Map();
  for (const r of decision.results)
    if (r.metric === "time" && controls.includes(r.benchmark) && r.base !== null && r.base > 0)
      out.set(r.benchmark, Math.log(r.base));
  return out;
}
function localState(run, levels, rules) {
  const d = [...levels].map(([c, level]) => timeOf(run, c, rules) - level).filter(Number.isFinite);
  return d.length ? median(d) : void 0;
}
function toState(run, names, delta) {
  return scaleFigures(run, Math.exp(delta), (name, key) => key === "time" && names.has(name));
}

// src/pipeline/remeasure.ts
var BENCHMARKS_ENV = "CAUSAL_PERF_BENCHMARKS";
function suiteMeasure(plan, deps) {
  return async (names) => {
    const before = await snapshotResults(plan.results);
    await runSuite(
      // The suite's own environment (or the job's, as for its first run) plus the names.
      { ...plan.suite, env: { ...plan.suite.env ?? process.env, [BENCHMARKS_ENV]: names.join("\n") } },
      deps.log,
      deps.suiteOutput ?? (() => {
      })
    );
    return parseFreshResults(plan.results, before, plan.suite.flag);
  };
}
function undecidedRows(d) {
  return d.results.filter((r) => r.enforced && r.settled === false);
}
async function remeasure(plan, measure, head, window, rules, first, deps, options = {}) {
  const now = deps.now ?? Date.now;
  const start = now();
  const sets = [head];
  const measuredAgain = /* @__PURE__ */ new Set();
  let rows = first.results;
  let decision = first;
  let stopped = "decided";
  let spent = 0;
  const target = Math.log(first.runner?.applied_shift ?? 1);
  let controls = [];
  let levels = /* @__PURE__ */ new Map();
  const states = [];
  for (; ; ) {
    const open = undecidedRows(decision);
    if (open.length === 0) break;
    if (spent >= plan.runs) {
      stopped = "budget";
      break;
    }
    const minutes = (now() - start) / 6e4;
    if (plan.maxMinutes !== void 0 && spent > 0 && minutes + minutes / spent > plan.maxMinutes) {
      stopped = "time";
      break;
    }
    const names = [...new Set(open.map((r) => r.benchmark))];
    deps.log.info(
      `Re-measuring ${open.length} undecided row${open.length === 1 ? "" : "s"} (${names.length} benchmark${names.length === 1 ? "" : "s"}): run ${spent + 2} of at most ${plan.runs + 1}.`
    );
    if (spent === 0) {
      controls = pickControls(first, names);
      levels = controlLevels(first, controls);
      const l0 = localState(head, levels, rules);
      if (l0 !== void 0) {
        states.push(l0);
        sets[0] = toState(head, new Set(names), target - l0);
      }
    }
    const fresh = await measure([...names, ...controls]);
    spent++;
    const wanted = new Set(names);
    const state = localState(fresh, levels, rules);
    if (state !== void 0) states.push(state);
    const asked = { ...fresh, benchmarks: fresh.benchmarks.filter((b) => wanted.has(b.name)) };
    sets.push(state === void 0 ? asked : toState(asked, wanted, target - state));
    for (const n of names) measuredAgain.add(n);
    const again = decide(medianOfRuns(sets, rules.statistic), window, rules, { ...options, runs: sets });
    const fresher = new Map(again.results.map((r) => [rowKey(r), r]));
    rows = rows.map((r) => wanted.has(r.benchmark) ? fresher.get(rowKey(r)) ?? r : r);
    decision = { ...decision, results: sortRows(rows), verdict: rows.some((r) => r.fails) ? "fail" : "pass" };
  }
  if (spent === 0 && stopped === "decided") return { decision };
  const seconds = (now() - start) / 1e3;
  const left = undecidedRows(decision);
  const summary = {
    runs: spent,
    budget: plan.runs,
    seconds,
    stopped,
    undecided: left.filter((r) => r.status === "inconclusive" || r.fails).length,
    benchmarks: [...measuredAgain]
  };
  const why = stopped === "budget" ? `the budget of ${plan.runs} run${plan.runs === 1 ? "" : "s"} (confirm-runs) was spent` : "the time limit (confirm-max-minutes) was reached";
  for (const r of left)
    if (r.status === "inconclusive") {
      r.reason += ` Still undecided after ${spent} more run${spent === 1 ? "" : "s"} of this job: ${why}.`;
      r.resolve = `a larger confirm-runs budget (each run narrows it), same-job A/B (mode: ab), or a quieter runner`;
    }
  decision.notes = [
    spent === 0 ? `Re-measuring: ${left.length} row${left.length === 1 ? "" : "s"} undecided, but ${why}.` : `Re-measured ${summary.benchmarks.length} benchmark${summary.benchmarks.length === 1 ? "" : "s"} in ${spent} more run${spent === 1 ? "" : "s"} of the suite (${seconds.toFixed(0)} s); each re-measured row is the median of its runs, judged as a ${spent + 1}-run figure${states.length ? `; each run's machine state around them, read from ${controls.length} decided benchmark${controls.length === 1 ? "" : "s"} run beside them (${states.map((x) => fmtPct(Math.exp(x))).join(", ")} against their baselines), was factored out` : ""}. ` + (stopped === "decided" ? "Every enforced row is decided." : `Stopped because ${why}.`),
    ...decision.notes.filter((n) => !n.startsWith("Re-measur"))
  ];
  decision.remeasured = summary;
  return { decision, summary };
}

// src/pipeline/instructions.ts
var ITERATIONS_ENV = "CAUSAL_PERF_ITERATIONS";
var INSTRUCTIONS = "instructions";
var ITERATIONS = { env: [1e3, 2e3], pytest: [50, 100] };
var NODE_FLAGS = ["--predictable", "--random-seed=1", "--hash-seed=1", "--single-threaded"];
function instructionRefs(stderr) {
  let total = 0;
  let seen = false;
  for (const m of stderr.matchAll(/I\s+refs:\s+([\d,]+)/g)) {
    total += Number(m[1].replace(/,/g, ""));
    seen = true;
  }
  return seen ? total : void 0;
}
function withNodeFlags(command) {
  return command.replace(/^(\s*(?:\S*\/)?node(?:\.exe)?)(?=\s)/, `$1 ${NODE_FLAGS.join(" ")}`);
}
var VOLATILE = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|JOB_|CAUSAL_PERF_|npm_|OLDPWD$|PWD$|SHLVL$|_$|TERM_SESSION|SSH_|XDG_SESSION|INVOCATION_ID$|JOURNAL_STREAM$)/;
var ENV_BLOCK = 4096;
function countingEnv(from, extra) {
  const env = {};
  for (const [k, v] of Object.entries(from)) if (v !== void 0 && !VOLATILE.test(k)) env[k] = v;
  Object.assign(env, { LANG: "C", LC_ALL: "C", PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" }, extra);
  const size = Object.entries(env).reduce((n, [k, v]) => n + k.length + (v?.length ?? 0) + 2, 0);
  const pad = "CAUSAL_PERF_PAD".length + 2;
  env.CAUSAL_PERF_PAD = "x".repeat(Math.ceil((size + pad + 1) / ENV_BLOCK) * ENV_BLOCK - size - pad);
  return env;
}
var PLUGIN = `"""causal-perf (measure: instructions): a benchmark fixture that calls the function exactly N times.

The cyclic garbage collector runs after every call instead of when its allocation counters say, over
what the calls allocated only (everything alive before them is frozen out of it, gc.freeze): left to
its counters, a full collection over pytest's own objects costs as much as many calls, and a change of
2 % more allocations moves one into or out of the counted calls (seen: +11 % counted for a +2 %
change; with the collector off, cyclic garbage piled up and the same change read \u22123.5 %)."""
import gc
import os

import pytest

_N = int(os.environ.get("${ITERATIONS_ENV}", "1"))


def _calls(call):
    result = None
    gc.collect()
    gc.freeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(_N):
            result = call()
            gc.collect()
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
    return result


class _Counted:
    def __init__(self):
        self.extra_info = {}
        self.group = None
        self.name = None

    def __call__(self, function, *args, **kwargs):
        return _calls(lambda: function(*args, **kwargs))

    def pedantic(self, target, args=(), kwargs=None, setup=None, rounds=1, warmup_rounds=0, iterations=1):
        def call():
            a, k = args, dict(kwargs or {})
            if setup is not None:
                prepared = setup()
                if prepared is not None:
                    a, k = prepared
            return target(*a, **k)

        return _calls(call)


def pytest_configure(config):
    config.addinivalue_line("markers", "benchmark: pytest-benchmark's marker (ignored while counting)")


@pytest.fixture
def benchmark():
    return _Counted()
`;
var PYTEST_FLAGS = ["-p", "no:benchmark", "-p", "no:cacheprovider", "-p", "causal_perf_count", "-o", "addopts=", "-q"];
async function pytestIds(pytest, plan, env) {
  const r = await executeShell(`${pytest} --collect-only ${PYTEST_FLAGS.join(" ")}`, { cwd: plan.cwd, env });
  if (r.code !== 0)
    throw new InputError(
      `${plan.flag}: could not list the tests to count (pytest --collect-only exited with ${r.code}): ${r.stdout.toString("utf8").slice(-500)}${r.stderr.slice(-500)}`
    );
  const ids = /* @__PURE__ */ new Map();
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const id = line.trim();
    if (!id.includes("::")) continue;
    ids.set(id.slice(id.lastIndexOf("::") + 2), id);
  }
  return ids;
}
var shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
async function checkValgrind(flag, install = false, log) {
  const present = async () => (await execute("valgrind", ["--version"]).catch(() => void 0))?.code === 0;
  if (await present()) return;
  if (install && process.platform === "linux") {
    log?.info("Valgrind is missing: installing it (apt-get install valgrind).");
    const sudo = process.getuid?.() === 0 ? "" : "sudo -n ";
    const r = await executeShell(
      `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends valgrind`
    );
    if (r.code === 0 && await present()) return;
    throw new InputError(
      `${flag}: Valgrind is not installed and apt-get could not install it (exit ${r.code}): ${r.stderr.slice(-400)}`
    );
  }
  throw new InputError(
    process.platform === "linux" ? `${flag}: instruction counts need Valgrind, which is not installed (Debian/Ubuntu: sudo apt-get install -y valgrind)` : `${flag}: instruction counts need Valgrind, which runs on Linux runners only (this one is ${process.platform}); use measure: time here`
  );
}
async function countInstructions(plan, names, log) {
  await checkValgrind(plan.flag, plan.install, log);
  const start = process.hrtime.bigint();
  const base = plan.env ?? process.env;
  let commandFor;
  let env = base;
  if (plan.harness === "pytest") {
    const pluginDir = join3(tmpdir(), `causal-perf-count-${VERSION}`);
    await mkdir(pluginDir, { recursive: true });
    await writeFile(join3(pluginDir, "causal_perf_count.py"), PLUGIN);
    const pythonPath = [pluginDir, base.PYTHONPATH].filter(Boolean).join(":");
    const exe = await executeShell(`${plan.command ?? "python3"} -c 'import sys; print(sys.executable)'`, {
      cwd: plan.cwd,
      env: base
    });
    const python = exe.stdout.toString("utf8").trim();
    if (exe.code !== 0 || !python)
      throw new InputError(
        `${plan.flag}: could not start Python as "${plan.command ?? "python3"}" (exit ${exe.code}): ${exe.stderr.slice(-300)}`
      );
    const pytest = `${shellQuote(python)} -m pytest`;
    const ids = await pytestIds(pytest, plan, countingEnv({ ...base, PYTHONPATH: pythonPath }, {}));
    const missing = names.filter((n) => !ids.has(n));
    if (missing.length > 0)
      throw new InputError(
        `${plan.flag}: pytest collected no test named ${missing.map((n) => `"${n}"`).join(", ")} (collected: ${[...ids.keys()].slice(0, 10).join(", ") || "none"})`
      );
    commandFor = (name) => `${pytest} ${shellQuote(ids.get(name))} ${PYTEST_FLAGS.join(" ")}`;
    env = { ...base, PYTHONPATH: pythonPath };
  } else {
    if (!plan.command)
      throw new InputError(`${plan.flag}: expected a command to count (the suite's run command, or instructions-command)`);
    const command = withNodeFlags(plan.command);
    commandFor = () => command;
  }
  const one = async (name, iterations) => {
    const command = commandFor(name);
    const r = await execute(
      "valgrind",
      [
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        "--trace-children=yes",
        "bash",
        "-e",
        "-o",
        "pipefail",
        "-c",
        command
      ],
      { cwd: plan.cwd, env: countingEnv(env, { [BENCHMARKS_ENV]: name, [ITERATIONS_ENV]: String(iterations) }), stdin: "null" }
    );
    const refs2 = instructionRefs(r.stderr);
    if (r.code !== 0 || refs2 === void 0)
      throw new InputError(
        `${plan.flag}: counting "${name}" (${iterations} iterations) failed: ${command} exited with ${r.code}${refs2 === void 0 ? " and Valgrind printed no instruction count" : ""}: ${r.stderr.split("\n").filter((l) => !l.startsWith("==")).join("\n").slice(-600)}`
      );
    return refs2;
  };
  const parallel = Math.max(1, plan.parallel ?? cpus2().length);
  const [low, high] = plan.iterations ?? ITERATIONS[plan.harness ?? "env"];
  const tasks = names.flatMap((name) => [low, high].map((iterations) => ({ name, iterations })));
  const refs = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const t = tasks[next++];
      refs.set(`${t.name}\0${t.iterations}`, await one(t.name, t.iterations));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, tasks.length) }, worker));
  const counts = /* @__PURE__ */ new Map();
  for (const name of names) {
    const per = (refs.get(`${name}\0${high}`) - refs.get(`${name}\0${low}`)) / (high - low);
    if (!(per > 0))
      throw new InputError(
        `${plan.flag}: "${name}" ran no more instructions at ${high} iterations than at ${low}: does the suite run each body ${ITERATIONS_ENV} times (and only the benchmarks in ${BENCHMARKS_ENV})?`
      );
    counts.set(name, per);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  log.info(
    `Counted the instructions of ${names.length} benchmark${names.length === 1 ? "" : "s"} under Valgrind in ${seconds.toFixed(1)} s (${tasks.length} runs, ${Math.min(parallel, tasks.length)} at a time).`
  );
  return { counts, seconds, valgrindRuns: tasks.length, parallel: Math.min(parallel, tasks.length) };
}
async function countHead(head, plan, suite, log) {
  const names = countedNames(head);
  if (names.length === 0) return void 0;
  const harness = plan.harness ?? (head.run?.tool === "pytest" ? "pytest" : "env");
  const full = { ...plan, harness, command: plan.command ?? (harness === "pytest" ? "python3" : suite.command) };
  const counted = await countInstructions(full, names, log);
  addInstructions(head, counted.counts);
  const [low, high] = full.iterations ?? ITERATIONS[harness];
  const wall = suite.seconds !== void 0 ? `; the timed run took ${suite.seconds.toFixed(0)} s` : "";
  return `Instructions counted under Valgrind for ${names.length} benchmark${names.length === 1 ? "" : "s"} (the \`${INSTRUCTIONS}\` rows): per call, from runs of ${low} and ${high} calls each (${harness} harness), in ${counted.seconds.toFixed(0)} s on ${counted.parallel} core${counted.parallel === 1 ? "" : "s"}${wall}. Counts are work, not time: they repeat to a few hundredths of a percent on a busy machine, and miss what counts cannot see (cache misses, I/O, waiting, other cores).`;
}
function addInstructions(head, counts) {
  for (const b of head.benchmarks) {
    const n = counts.get(b.name);
    if (n !== void 0) b.metrics[INSTRUCTIONS] = { value: Math.round(n), unit: "instructions", direction: "smaller" };
  }
}
function countedNames(head) {
  return head.benchmarks.filter((b) => b.metrics.time !== void 0).map((b) => b.name);
}

// src/analysis/compact.ts
function compactResults(results, statistic = "mean") {
  return {
    ...results,
    benchmarks: results.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]) => {
          if (!m.samples || m.samples.length < 3) return [key, m];
          const { samples, ...rest } = m;
          return [key, { ...rest, value: runStatistic(m, statistic), stddev: madSigma(samples), n: samples.length }];
        })
      )
    }))
  };
}

// src/pipeline/annotate.ts
function annotationsOf(decision) {
  return {
    verdict: decision.verdict,
    rows: decision.results.map((r) => ({
      benchmark: r.benchmark,
      metric: r.metric,
      status: r.status,
      ratio: r.ratio,
      measured: r.measured_ratio,
      base: r.base,
      limit: r.limit ?? null,
      threshold: r.threshold?.minimum ?? null,
      fails: r.fails,
      ...r.accepted ? { accepted: `${r.accepted.by ? `${r.accepted.by}, ` : ""}${r.accepted.source}: ${r.accepted.pattern}` } : {}
    })),
    ...decision.open_regressions ? { open: decision.open_regressions } : {}
  };
}

// src/pipeline/record.ts
async function recordRun(history, record, head, decision, log) {
  const run = {
    version: 1,
    suite: record.suite,
    ...record.identity,
    recordedAt: record.recordedAt,
    results: compactResults(head, record.statistic)
  };
  if (run.identity && run.testbed) run.identity = `${run.identity}/${benchmarkSetHash(run)}`;
  const stored = [];
  for (const { where, store } of history.write) {
    try {
      if (await store.append(run, annotationsOf(decision))) {
        log.info(`Recorded this run in the ${where}.`);
        stored.push(where);
      } else log.warn(`this run was not recorded in the ${where} (see the warning above); later baselines will not include it.`);
    } catch (error) {
      const hint = error instanceof HistoryWriteDenied ? " (the token needs `contents: write` to push to the history branch)" : "";
      log.warn(
        `could not record this run in the ${where}: ${errorMessage(error)}${hint}. The verdict stands; history is unchanged and does not have this run (${record.suite} at ${run.commit.sha.slice(0, 12)}).`
      );
    }
  }
  return stored;
}

// src/pipeline/escalate.ts
import { join as join6 } from "node:path";

// src/analysis/paired.ts
var EPS2 = 1e-9;
function decidePaired(rounds, rules, pooledHead, limits) {
  const n = rounds.length;
  const baseSeries = gatherSeries(
    pooledHead,
    rounds.map((r) => r.base),
    rules
  );
  const headSeries = gatherSeries(
    pooledHead,
    rounds.map((r) => r.head),
    rules
  );
  const rows = [];
  const sides = rounds.map((r) => [r.base, r.head].map((set) => new Map(set.benchmarks.map((b) => [b.name, b]))));
  for (const [key, list] of baseSeries) {
    const heads = new Map((headSeries.get(key) ?? []).map((s) => [s.benchmark.name, s]));
    for (const s of list) {
      const row = { ...baseRow(s, key), settled: true };
      const limit = limits?.get(rowKey(row));
      if (limit !== void 0) row.limit = limit;
      const headRaw = heads.get(s.benchmark.name)?.raw ?? [];
      const pairs = [];
      const disturbed = disturbedRounds(sides, s.benchmark.name, key);
      const keep = disturbed.filter((d) => !d).length >= 2 ? disturbed : disturbed.map(() => false);
      for (let i = 0; i < n; i++) {
        const b = s.raw[i];
        const h = headRaw[i];
        if (b > 0 && h > 0 && !keep[i]) pairs.push(Math.log(h / b));
      }
      const left = keep.filter(Boolean).length;
      const headFigures = headRaw.filter(Number.isFinite);
      row.head = headFigures.length > 0 ? median(headFigures) : s.headRaw;
      row.measured_ratio = row.base !== null && row.base !== 0 && row.head !== null ? row.head / row.base : null;
      if (row.history === 0) {
        row.status = "new";
        row.reason = "The base commit does not have this metric.";
      } else if (pairs.length === 0) {
        row.reason = "No ratio exists for zero or negative values; compared by the absolute rules only.";
      } else {
        const t = pairs.length >= 2 ? tQuantile(rules.confidence, pairs.length - 1) : Infinity;
        judgePaired(row, pairs, s.direction === "smaller" ? 1 : -1, t, s.rule.improvement_limit);
        if (left > 0)
          row.reason += ` ${left} round${left === 1 ? "" : "s"} left out: a neighbour's load spread ${left === 1 ? "its" : "their"} samples ${DISTURBED_SPREAD}\xD7 as widely as this benchmark's rounds usually do.`;
      }
      const floor = row.head === null ? void 0 : absoluteCheck(row.head, s.rule);
      if (floor) {
        row.status = floor.status;
        row.fails = row.enforced;
        row.reason = floor.reason;
        row.settled = true;
        delete row.resolve;
      }
      rows.push(row);
    }
  }
  const missing = missingRows(
    pooledHead,
    rounds.slice(-1).map((r) => r.base),
    rules
  ).map((r) => ({ ...r, settled: true }));
  pushAll(rows, missing);
  return {
    verdict: rows.some((r) => r.fails) ? "fail" : "pass",
    results: sortRows(rows),
    notes: [],
    warnings: unmatchedPatterns(rules, pooledHead.benchmarks),
    baseline_runs: n,
    ab_rounds: n,
    settled: rows.every((r) => r.settled)
  };
}
function disturbedRounds(sides, name, key) {
  const spreads = sides.map((round2) => round2.map((byName2) => disturbanceSpread(byName2.get(name)?.metrics[key])));
  const calm = spreads.flat().flatMap((x) => x && x.calm > 0 ? [x.calm] : []);
  if (calm.length < 4) return sides.map(() => false);
  const usual = median(calm);
  const wide = Math.max(DISTURBED_SPREAD * usual, DISTURBED_FLOOR);
  return spreads.map((sides2) => sides2.some((x) => x !== void 0 && x.full > wide));
}
function judgePaired(row, pairs, sign, t, improvementLimit) {
  const k = pairs.length;
  const mean2 = pairs.reduce((a, b) => a + b, 0) / k;
  const sd = k >= 2 ? Math.sqrt(pairs.reduce((a, b) => a + (b - mean2) ** 2, 0) / (k - 1)) : Infinity;
  const se = sd / Math.sqrt(k);
  const worse = sign * mean2;
  const half = se === 0 ? 0 : t * se;
  const low = worse - half;
  const high = worse + half;
  row.ratio = Math.exp(mean2);
  row.interval = sign === 1 ? [Math.exp(low), Math.exp(high)] : [Math.exp(-high), Math.exp(-low)];
  const limit = row.limit;
  const rounds = `${k} round${k === 1 ? "" : "s"}`;
  const change = `${fmtPct(Math.exp(worse))} ${row.metric === "time" ? "slower" : "worse"}`;
  const bounds = Number.isFinite(half) ? ` (${fmtPct(Math.exp(low))} \u2026 ${fmtPct(Math.exp(high))})` : "";
  if (limit === void 0) {
    row.reason = `${change}${bounds} paired over ${rounds}; no relative rule for this metric.`;
    return;
  }
  const L = Math.log(limit);
  row.detectable = Number.isFinite(half) ? Math.exp(L + half) : void 0;
  if (row.detectable === void 0) delete row.detectable;
  if (low > L * (1 + EPS2) || half === 0 && worse > L * (1 + EPS2)) {
    row.status = "regression";
    row.fails = row.enforced;
    row.confidence = half === 0 ? 1 : tConfidence((worse - L) / se, k - 1);
    row.reason = `${change}${bounds} than the base commit, paired over ${rounds} on one runner: past the ${fmtPct(limit)} limit.${row.enforced ? "" : " Report-only: this metric\u2019s rule does not fail the check."}`;
    return;
  }
  if (high <= L * (1 + EPS2)) {
    const improve = Math.log(improvementLimit ?? limit);
    row.status = high < -improve ? "improvement" : "unchanged";
    row.reason = mean2 === 0 && half === 0 ? `Same as the base commit in all ${rounds}.` : `${fmtPct(Math.exp(worse))}${bounds}, paired over ${rounds}: ${row.status === "improvement" ? "an improvement" : `within the ${fmtPct(limit)} limit`}.`;
    return;
  }
  row.status = worse > L ? "inconclusive" : "unchanged";
  row.settled = false;
  if (row.status === "inconclusive") {
    row.reason = `${change}${bounds}, paired over ${rounds}: past the ${fmtPct(limit)} limit but not clearly; the rounds could have confirmed ${fmtPct(row.detectable ?? Infinity)} or more.`;
    row.resolve = "more rounds (ab-max-rounds / ab-max-minutes), or a quieter runner";
  } else {
    row.reason = `${change}${bounds}, paired over ${rounds}: not yet clearly within the ${fmtPct(limit)} limit.`;
  }
}

// src/pipeline/ab.ts
import { existsSync as existsSync2 } from "node:fs";
import { delimiter, join as join4 } from "node:path";
function poolRuns(runs) {
  const byName2 = /* @__PURE__ */ new Map();
  for (const r of runs)
    for (const b of r.benchmarks) {
      const entry = byName2.get(b.name) ?? { b, metrics: /* @__PURE__ */ new Map() };
      for (const [k, m] of Object.entries(b.metrics)) entry.metrics.set(k, [...entry.metrics.get(k) ?? [], m]);
      byName2.set(b.name, entry);
    }
  return {
    benchmarks: [...byName2.values()].map(({ b, metrics }) => ({
      ...b,
      metrics: Object.fromEntries(
        [...metrics].map(([k, ms]) => {
          const samples = ms.every((m) => m.samples) ? ms.flatMap((m) => m.samples ?? []) : void 0;
          const first = ms[0];
          const value = ms.reduce((s, m) => s + m.value, 0) / ms.length;
          return [k, { value, unit: first.unit, direction: first.direction, ...samples ? { samples } : {} }];
        })
      )
    }))
  };
}
function sideEnv(cwd, env = process.env) {
  const own = [join4(cwd, "src"), cwd].filter((d) => existsSync2(d));
  const rest = env.PYTHONPATH ? [env.PYTHONPATH] : [];
  return { ...env, PYTHONPATH: [...own, ...rest].join(delimiter) };
}
async function measureAb(plan, log, output) {
  const start = Date.now();
  const sides = [plan.base, plan.head];
  if (plan.setup)
    for (const side of sides)
      await runSuite(
        { command: plan.setup, cwd: side.cwd, flag: "ab-setup", env: sideEnv(side.cwd, plan.env) },
        grouped(log, `setup in the ${side.label} tree`),
        output
      );
  const rounds = [];
  const decidedAfter = /* @__PURE__ */ new Map();
  let decision;
  let stoppedBy = "max-rounds";
  measuring: for (let r = 0; r < plan.maxRounds; r++) {
    const elapsed = (Date.now() - start) / 6e4;
    const perRound = r > 0 ? elapsed / r : 0;
    if (r >= plan.minRounds && elapsed + perRound > plan.maxMinutes) {
      stoppedBy = "max-minutes";
      break;
    }
    const round2 = {};
    const order = [0, 1, 1, 0, 1, 0, 0, 1][r * 2 % 8] === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const side = sides[i];
      output(`== ${side.label} (${side.sha.slice(0, 10)}), round ${r + 1}
`);
      const files = {
        ...plan.results,
        cwd: side.cwd,
        missing: (p) => `${plan.flag}: the suite wrote no file matching "${p}" (in ${side.cwd})`
      };
      const before = await snapshotResults(files);
      const left = plan.maxMinutes * 6e4 - (Date.now() - start);
      try {
        await runSuite(
          { command: plan.command, cwd: side.cwd, flag: plan.flag, env: sideEnv(side.cwd, plan.env), timeoutMs: left },
          log,
          output
        );
      } catch (error) {
        if (!(error instanceof SuiteTimeout) || rounds.length === 0) throw error;
        stoppedBy = "max-minutes";
        break measuring;
      }
      const set = await parseFreshResults(files, before, plan.flag);
      if (i === 0) round2.base = set;
      else round2.head = set;
    }
    rounds.push(round2);
    if (rounds.length < plan.minRounds) continue;
    decision = decidePaired(rounds, plan.rules, poolRuns(rounds.map((x) => x.head)), plan.limits);
    for (const row of decision.results)
      if (row.settled && !decidedAfter.has(rowKey(row))) decidedAfter.set(rowKey(row), rounds.length);
    const open = decision.results.filter((x) => !x.settled && (plan.follow?.(x) ?? true)).length;
    log.info(
      `A/B round ${rounds.length}: ${open === 0 ? "every row decided" : `${open} row${open === 1 ? "" : "s"} not yet decided`}.`
    );
    if (open === 0) {
      stoppedBy = "decided";
      break;
    }
  }
  const head = poolRuns(rounds.map((x) => x.head));
  decision ??= decidePaired(rounds, plan.rules, head, plan.limits);
  return { rounds, head, decision, decidedAfter, seconds: (Date.now() - start) / 1e3, stoppedBy };
}
function grouped(log, title) {
  return { ...log, group: log.group ? (_t, fn) => log.group(`ab-setup: ${title}`, fn) : void 0 };
}
function capReached(stoppedBy) {
  return stoppedBy === "max-minutes" ? "the time limit (ab-max-minutes) was reached" : "the round limit (ab-max-rounds) was reached";
}
function abDecision(outcome, plan) {
  const d = outcome.decision;
  const n = outcome.rounds.length;
  const why = outcome.stoppedBy === "decided" ? "every row was decided" : capReached(outcome.stoppedBy);
  const results = d.results.map((r) => {
    const after = outcome.decidedAfter.get(rowKey(r));
    return after !== void 0 && after < n ? { ...r, reason: `${r.reason} Decided after ${after} of ${n} rounds.` } : r;
  });
  return {
    ...d,
    results,
    notes: [
      `A/B on one runner: ${n} round${n === 1 ? "" : "s"}, base ${plan.base.sha.slice(0, 7)} vs head ${plan.head.sha.slice(0, 7)}, ${Math.round(outcome.seconds)} s; stopped because ${why}. Each row compares base and head of the same round, so the runner's speed cancels out.`,
      ...d.notes
    ]
  };
}

// src/pipeline/refs.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join5 } from "node:path";
async function measureRefs(job, log, output) {
  const top = await gitOutput(job.cwd, ["rev-parse", "--show-toplevel"]);
  if (!top) throw new InputError("run --baseline-ref/--current-ref: expected to be inside a git repository");
  const shas = [];
  for (const ref of [job.baseRef, job.currentRef]) {
    checkRef(ref, ref === job.baseRef ? "--baseline-ref" : "--current-ref");
    const sha = await gitOutput(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (!sha) throw new InputError(`run: "${ref}" is not a commit of ${top}`);
    shas.push(sha);
  }
  return withWorktrees(top, shas, async ([base, current]) => {
    const plan = {
      base: { label: job.baseRef, sha: shas[0], cwd: base },
      head: { label: job.currentRef, sha: shas[1], cwd: current },
      command: job.command,
      ...job.setup ? { setup: job.setup } : {},
      flag: "--suite",
      results: job.results,
      minRounds: job.minRounds,
      maxRounds: job.maxRounds,
      maxMinutes: job.maxMinutes,
      rules: job.rules
    };
    return { outcome: await measureAb(plan, log, output), plan };
  });
}
async function withWorktrees(repo, shas, fn, parent = tmpdir2()) {
  const git = new Git(repo);
  const dir = await mkdtemp(join5(parent, "causal-perf-worktrees-"));
  const trees = shas.map((_, i) => join5(dir, `tree-${i}`));
  const remove = async () => {
    for (const tree of trees) await gitOutput(repo, ["worktree", "remove", "--force", tree]);
    await gitOutput(repo, ["worktree", "prune"]);
    await rm(dir, { recursive: true, force: true });
  };
  const forget = onCleanup(remove);
  try {
    for (let i = 0; i < shas.length; i++)
      await git.exec(["worktree", "add", "--detach", "--quiet", trees[i], shas[i]]);
    return await fn(trees);
  } finally {
    forget();
    await remove();
  }
}

// src/pipeline/escalate.ts
function worktreeRounds(plan, rules, log, output) {
  return (names, follow) => withWorktrees(
    plan.repo,
    [plan.baseSha],
    ([baseDir]) => measureAb(
      {
        base: { label: "base", sha: plan.baseSha, cwd: join6(baseDir, plan.subdir ?? "") },
        head: { label: "head", sha: plan.headSha, cwd: join6(plan.repo, plan.subdir ?? "") },
        command: plan.command,
        flag: plan.flag,
        ...plan.setup ? { setup: plan.setup } : {},
        results: plan.results,
        minRounds: plan.minRounds,
        maxRounds: plan.maxRounds,
        maxMinutes: plan.maxMinutes,
        rules,
        follow,
        env: { ...process.env, [BENCHMARKS_ENV]: names.join("\n") }
      },
      log,
      output
    ),
    plan.tempDir
  );
}
async function escalate(decision, pairing, log) {
  const open = pairableRows(decision);
  if (open.length === 0) return decision;
  const keys = new Set(open.map(rowKey));
  const names = [...new Set(open.map((r) => r.benchmark))];
  let outcome;
  let baseSha = "";
  try {
    const pair = await pairing();
    baseSha = pair.baseSha;
    log.info(
      `Paired rounds against the base commit ${baseSha.slice(0, 10)} for ${open.length} row${open.length === 1 ? "" : "s"} the job's own runs could not decide (${names.length} benchmark${names.length === 1 ? "" : "s"}).`
    );
    outcome = await pair.measure(names, (row) => keys.has(rowKey(row)));
  } catch (error) {
    const why = `Paired rounds against the base commit${baseSha ? ` ${baseSha.slice(0, 7)}` : ""} could not run (${errorMessage(error)}); the undecided rows stay as the job's own runs left them. A suite that needs its tree prepared (npm ci, pip install -e .) gets it from ab-setup (CLI --setup); confirm-ab: false turns pairing off.`;
    log.warn(why);
    return { ...decision, warnings: [...decision.warnings, why] };
  }
  const paired = new Map(outcome.decision.results.map((r) => [rowKey(r), r]));
  const rounds = outcome.rounds.length;
  const stoppedBy = outcome.stoppedBy === "decided" ? "decided" : capReached(outcome.stoppedBy);
  const results = decision.results.map((row) => {
    const p = keys.has(rowKey(row)) ? paired.get(rowKey(row)) : void 0;
    return p && p.status !== "new" && p.status !== "missing" ? pairedRow(row, p, baseSha, stoppedBy) : row;
  });
  const undecided = results.filter((r) => keys.has(rowKey(r)) && r.enforced && r.settled === false).length;
  const summary = {
    base: baseSha,
    rounds,
    seconds: Math.round(outcome.seconds),
    stopped: outcome.stoppedBy,
    benchmarks: names,
    undecided
  };
  const note = `Paired base/head rounds: ${rounds} round${rounds === 1 ? "" : "s"} of the base commit ${baseSha.slice(0, 7)} and the head on this runner (${summary.seconds} s) for ${names.length} benchmark${names.length === 1 ? "" : "s"} the job's own runs could not decide; ${stoppedBy === "decided" ? "every one of those rows is decided" : `stopped because ${stoppedBy}`}. Those rows compare base and head of the same round, so the runner's state cancels out.`;
  return {
    ...decision,
    results: sortRows(results),
    verdict: results.some((r) => r.fails) ? "fail" : "pass",
    notes: [note, ...decision.notes],
    paired: summary
  };
}
function pairableRows(decision) {
  return decision.results.filter((r) => r.enforced && (r.settled === false || r.pairable === true));
}
function pairedRow(row, p, baseSha, stoppedBy) {
  const before = row.measured_ratio === null ? row.status : `${row.status}, ${fmtPct(row.measured_ratio ** (row.direction === "smaller" ? 1 : -1))}`;
  const out = {
    ...p,
    history: row.history,
    reason: `${p.reason} (Against the base commit ${baseSha.slice(0, 7)} in paired rounds; against the history alone: ${before}.)`
  };
  if (out.settled === false && out.status === "inconclusive") {
    out.reason += ` Still undecided: ${stoppedBy}.`;
  }
  return out;
}

// src/pipeline/index.ts
async function measureHead(job, deps) {
  if ("measured" in job.head) return { head: job.head.measured };
  const { suite, results, machine, instructions } = job.head;
  const suiteSeconds = suite ? await runSuite(suite, deps.log, deps.suiteOutput ?? (() => {
  })) : void 0;
  const head = await parseResults2(results);
  head.run = { ...head.run, ...suiteSeconds !== void 0 ? { suiteSeconds } : {}, ...machine ? { machine } : {} };
  if (!instructions) return { head };
  const counted = await countHead(head, instructions, { command: suite?.command, seconds: suiteSeconds }, deps.log);
  return { head, ...counted ? { counted } : {} };
}
async function publish(decision, channels, context) {
  for (const channel of channels) {
    try {
      await channel.publish(decision, context);
    } catch (error) {
      if (channel.required) throw error;
      context.log.warn(`could not ${channel.what}: ${errorMessage(error)}. The verdict stands; the other reports carry it.`);
    }
  }
}
function failInconclusive(decision) {
  for (const r of decision.results)
    if (r.status === "inconclusive" && r.enforced) {
      r.fails = true;
      r.reason += " Fails the check: fail-on-inconclusive is set.";
    }
  if (decision.results.some((r) => r.fails)) decision.verdict = "fail";
}
function hardwareNote(head, cpus3) {
  const mine = head.run?.machine?.cpu;
  const known = (cpus3 ?? []).filter((c) => !!c);
  if (typeof mine !== "string" || known.length === 0) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const c of known) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [most, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (most === mine || (counts.get(mine) ?? 0) * 2 >= known.length) return void 0;
  return `Different hardware: this run's CPU is ${mine}; ${n} of the ${known.length} baseline runs had ${most}. Differences between CPU models are not factored out; the thresholds are unchanged.`;
}
var DRIFT_RUNS = 60;
async function driftWindow(job, history) {
  if (!job.record || !history?.read || job.baseline.from !== "history" || job.baseline.untilShas?.length) return void 0;
  try {
    return await history.read.load({
      suite: job.name,
      branch: job.baseline.branch,
      testbed: job.baseline.testbed,
      limit: Math.max(DRIFT_RUNS, job.rules.history + 1),
      beforeAppend: true
    });
  } catch {
    return void 0;
  }
}
function levelChanges(job, head, decision, stored, deps) {
  if (job.baseline.from !== "history" || !job.record) return { drift: [], open: [] };
  try {
    const self = {
      version: 1,
      suite: job.name,
      ...job.record,
      recordedAt: deps.clock().toISOString(),
      results: compactResults(head, job.rules.statistic),
      // As the run will be stored: drift and open regressions read its gate's judgements from it.
      flagged: flagEntries(annotationsOf(decision))
    };
    const runs = [...stored, self];
    return {
      drift: newDrift(job.name, runs, job.baseline.testbed),
      open: openRegressions(runs, job.rules, job.baseline.testbed)
    };
  } catch (error) {
    deps.log.warn(`could not look for drift in the history: ${errorMessage(error)}`);
    return { drift: [], open: [] };
  }
}
function branchOptions(job, window) {
  if (job.baseline.from !== "history") return {};
  const last = window.commits?.at(-1);
  if (!last) return {};
  const newest = { previous: last.sha.slice(0, 7) };
  const judged = window.commits.map((c) => c.flagged);
  const continues = !!job.record && !job.baseline.pullRequest && !job.baseline.untilShas?.length && (last.branch === void 0 || job.record.branch === void 0 || last.branch === job.record.branch);
  return continues ? { continues: newest, judged } : { onBase: newest, judged };
}
async function runPipeline(job, deps) {
  const { head, counted } = await measureHead(job, deps);
  const needsHistory = job.baseline.from === "history" || !!job.record && job.baseline.from !== "files";
  const history = needsHistory ? await deps.openHistory?.() : void 0;
  try {
    const longer = await driftWindow(job, history);
    const window = await baselineWindow(job.baseline, job.rules.history, job.name, history, deps.log, longer);
    const options = branchOptions(job, window);
    let decision = job.baseline.from === "decided" ? job.baseline.decision : decide(head, window.runs, job.rules, options);
    if (job.confirm && job.confirm.runs > 0 && job.baseline.from !== "decided" && undecidedRows(decision).length > 0)
      ({ decision } = await remeasure(
        job.confirm,
        suiteMeasure(job.confirm, deps),
        head,
        window.runs,
        job.rules,
        decision,
        deps,
        options
      ));
    if (job.pair && job.baseline.from !== "decided" && pairableRows(decision).length > 0)
      decision = await escalate(
        decision,
        async () => {
          const plan = await job.pair();
          return { baseSha: plan.baseSha, measure: worktreeRounds(plan, job.rules, deps.log, deps.suiteOutput ?? (() => {
          })) };
        },
        deps.log
      );
    if (job.accepted?.length) decision = applyAcceptance(decision, job.accepted);
    const scaling = acceptScaling(judgeScaling(decision.results, job.rules), job.accepted ?? []);
    if (scaling.length > 0)
      decision = { ...decision, scaling, verdict: scaling.some((s) => s.fails) ? "fail" : decision.verdict };
    if (window.note) decision.notes.push(window.note);
    if (counted) decision.notes.push(counted);
    const hardware = hardwareNote(head, window.cpus);
    if (hardware) decision.notes.push(hardware);
    if (job.failOnInconclusive) failInconclusive(decision);
    if (longer && longer.length >= 10) {
      const { drift, open } = levelChanges(job, head, decision, longer, deps);
      if (drift.length) decision.drift = drift;
      if (open.length) decision.open_regressions = open;
    }
    const trendUrl = job.links?.trendUrl ?? history?.trendUrl;
    const links = { ...trendUrl ? trendLinks(trendUrl, job.name) : {}, ...job.links };
    const artifacts = {};
    await publish(decision, deps.channels, { name: job.name, links, facts: job.facts ?? {}, artifacts, log: deps.log });
    const recordedIn = job.record && history ? await recordRun(
      history,
      { suite: job.name, identity: job.record, recordedAt: deps.clock().toISOString(), statistic: job.rules.statistic },
      head,
      decision,
      deps.log
    ) : [];
    return { decision, head, recordedIn, artifacts };
  } finally {
    await history?.close();
  }
}

// src/report/format.ts
function formatValue(value, unit) {
  if (value === null || !Number.isFinite(value)) return "\u2014";
  if (unit === "s") {
    const abs = Math.abs(value);
    if (abs === 0) return "0 s";
    if (abs < 1e-6) return `${sig(value * 1e9)} ns`;
    if (abs < 1e-3) return `${sig(value * 1e6)} \xB5s`;
    if (abs < 1) return `${sig(value * 1e3)} ms`;
    return `${sig(value)} s`;
  }
  if (unit === "bytes") {
    const abs = Math.abs(value);
    if (abs < 1024) return `${Math.round(value)} B`;
    if (abs < 1024 ** 2) return `${sig(value / 1024)} KiB`;
    if (abs < 1024 ** 3) return `${sig(value / 1024 ** 2)} MiB`;
    return `${sig(value / 1024 ** 3)} GiB`;
  }
  return unit && unit !== "ratio" ? `${sig(value)} ${unit}` : sig(value);
}
function sig(x) {
  const abs = Math.abs(x);
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return Number(x.toPrecision(3)).toString();
}
var BYTE_SCALES = [
  [1024 ** 3, "GiB"],
  [1024 ** 2, "MiB"],
  [1024, "KiB"],
  [1, "B"]
];
function formatChange(ratio) {
  if (ratio === null || !Number.isFinite(ratio)) return "\u2014";
  const p = (ratio - 1) * 100;
  return `${p >= 0 ? "+" : "\u2212"}${Math.abs(p).toFixed(Math.abs(p) < 10 ? 1 : 0)} %`;
}
function formatInterval(interval) {
  if (!interval) return "\u2014";
  return `${formatChange(interval[0])} \u2026 ${formatChange(interval[1])}`;
}
function codeSpan(text) {
  const flat = text.replace(/[\r\n\t]+/g, " ").replace(/\|/g, "\\|");
  const longest = maxOf(
    [...flat.matchAll(/`+/g)].map((m) => m[0].length),
    0
  );
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.trim() === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function escapeMarkdown(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]{}()#+!|~])/g, "\\$1").replace(/@/g, "@\u200B");
}
function visible(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

// src/io/remote-write.ts
var BATCH = 2e3;
async function remoteWrite(target, series) {
  if (series.length === 0) return 0;
  const mod = await import("./prometheus-remote-write-ZIPMDUU2.js");
  const pushTimeseries = mod.default?.pushTimeseries ?? mod.pushTimeseries;
  const headers = { "X-Prometheus-Remote-Write-Version": "0.1.0", "User-Agent": "causal-perf" };
  if (target.token) headers.Authorization = `Bearer ${target.token}`;
  else if (target.basic) headers.Authorization = `Basic ${Buffer.from(target.basic).toString("base64")}`;
  const timeout = target.timeoutMs ?? 15e3;
  const post = ((url, init) => fetch(url, {
    method: init.method,
    headers: init.headers,
    body: init.body,
    signal: AbortSignal.timeout(timeout)
  }));
  for (let i = 0; i < series.length; i += BATCH) {
    const result = await pushTimeseries(series.slice(i, i + BATCH), { url: target.url, headers, fetch: post });
    if (result.status < 200 || result.status > 299)
      throw new Error(
        `${target.url} answered ${result.status} ${result.statusText}${result.errorMessage ? `: ${result.errorMessage.trim()}` : ""}`
      );
  }
  return series.length;
}

// src/history/open.ts
var NONE = { write: [], describe: "none", close: async () => {
} };
async function openHistory(spec) {
  const { retention, clock, warn, site } = spec;
  if (spec.storage === "none") return NONE;
  if (spec.storage === "local") {
    if (!spec.local) throw new Error('openHistory: storage "local" needs local.dir');
    const store = new LocalDirectoryStore(spec.local.dir, { retention, clock, site, warn });
    return {
      read: store,
      write: [{ where: spec.local.dir, store }],
      describe: spec.local.dir,
      trendUrl: spec.trendUrl,
      close: async () => {
      }
    };
  }
  const cache = async () => {
    if (!spec.cache) throw new Error(`openHistory: storage "${spec.storage}" needs cache.dir`);
    const { CacheStore } = await import("./cache-IICVVOJD.js");
    return new CacheStore({ dir: spec.cache.dir, restoreBranch: spec.cache.restoreBranch, retention, clock, warn });
  };
  if (spec.storage === "cache") {
    const c2 = await cache();
    return {
      read: c2,
      write: [{ where: "Actions cache", store: c2 }],
      describe: "Actions cache",
      trendUrl: spec.trendUrl,
      close: async () => {
      }
    };
  }
  const b = spec.branch;
  if (!b) throw new Error(`openHistory: storage "${spec.storage}" needs a branch`);
  const { GhPagesStore } = await import("./gh-pages-ZQGZLHHN.js");
  const pages = new GhPagesStore({
    url: b.url,
    branch: b.name,
    dir: b.dir,
    auth: await b.auth(),
    retention,
    clock,
    pushTimeoutMs: b.pushTimeoutMs,
    site,
    workDir: b.workDir,
    warn
  });
  const onBranch = { where: `${b.name} branch`, store: pages };
  const opened = (read, write, describe) => ({
    read,
    write,
    describe,
    trendUrl: spec.trendUrl ?? b.pageUrl,
    close: () => pages.close()
  });
  if (spec.storage === "gh-pages") return opened(pages, [onBranch], onBranch.where);
  if (spec.storage === "both") {
    const c2 = await cache();
    return opened(pages, [onBranch, { where: "Actions cache", store: c2 }], `${b.name} branch and Actions cache`);
  }
  if (await pages.exists().catch(() => false)) return opened(pages, [onBranch], onBranch.where);
  const c = await cache();
  const inCache = { where: "Actions cache", store: c };
  return opened(c, spec.record ? [onBranch, inCache] : [inCache], `Actions cache (no ${b.name} branch yet)`);
}
function historyFiles(dir) {
  const store = new LocalDirectoryStore(dir);
  return { reader: store.files(), apply: (writes, deletes) => store.apply(writes, deletes) };
}

// src/history/site-files.ts
import { existsSync as existsSync3 } from "node:fs";
import { readFile as readFile4, readdir as readdir2 } from "node:fs/promises";
import { dirname as dirname2, join as join7, relative as relative2 } from "node:path";
import { fileURLToPath } from "node:url";
function siteDirectory() {
  const here = dirname2(fileURLToPath(import.meta.url));
  const candidates = [
    join7(here, "site"),
    join7(here, "..", "site"),
    join7(here, "..", "..", "dist", "site"),
    join7(here, "..", "dist", "site")
  ];
  for (const dir of candidates) {
    if (existsSync3(join7(dir, "assets", "app.js"))) return dir;
  }
  throw new Error(`the trend page is not built (no site/assets/app.js near ${here}); run npm run build`);
}
async function siteFiles() {
  const root = siteDirectory();
  const files = /* @__PURE__ */ new Map();
  const walk = async (dir) => {
    for (const entry of await readdir2(dir, { withFileTypes: true })) {
      const path = join7(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative2(root, path).split("\\").join("/"), await readFile4(path));
    }
  };
  await walk(root);
  return files;
}

// src/io/endpoint.ts
function splitCredentials(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    return { url: raw };
  }
  if (!u.username && !u.password) return { url: raw };
  const basic = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
  u.username = "";
  u.password = "";
  return { url: u.toString(), basic };
}

// src/pipeline/bisect.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
var stepChange = (s) => s.change === null ? "\u2013" : fmtPct(s.change);
function describeStep(s, maxProbes) {
  return `bisect: probe ${s.sha.slice(0, 7)}: ${s.result} after ${s.rounds} round${s.rounds === 1 ? "" : "s"}, ${stepChange(s)} (at most ${maxProbes} probes)`;
}
function probesNeeded(n) {
  const probes = 1 + (n > 1 ? Math.ceil(Math.log2(n)) : 0);
  return { probes, withRepeats: 2 * probes };
}
async function searchCulprit(commits, probe, options = {}) {
  const steps = [];
  const name = (c) => `${c.sha.slice(0, 7)} (${c.subject})`;
  let benchmarks = options.benchmarks;
  const decided = async (commit) => {
    for (let attempt = 1; attempt <= 2; attempt++) {
      if (options.outOfTime?.()) return "spent";
      const p = await probe(commit, benchmarks, attempt);
      const step = { ...commit, ...p, attempt };
      steps.push(step);
      options.onStep?.(step);
      if (p.result !== "unknown") return p.result;
    }
    return "unknown";
  };
  const stop = (reason) => ({ culprit: null, verdict: "unknown", reason, steps, benchmarks: benchmarks ?? [] });
  const spent = "the time budget (--max-minutes) was spent before the search ended";
  const bad = commits.at(-1);
  if (!bad) return stop("the range holds no commit after the good one");
  const first = await decided(bad);
  if (first === "spent") return stop(spent);
  if (first !== "different")
    return stop(
      first === "same" ? `no named benchmark breaks its rule between the good commit and ${name(bad)}: there is nothing to bisect` : `two probes of the bad commit ${name(bad)} could not tell it from the good one`
    );
  benchmarks ??= steps.at(-1).broken;
  let lo = -1;
  let hi = commits.length - 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const result = await decided(commits[mid]);
    if (result === "spent") return stop(spent);
    if (result === "unknown") return stop(`two probes of ${name(commits[mid])} could not tell it from the good commit`);
    if (result === "different") hi = mid;
    else lo = mid;
  }
  const culprit = commits[hi];
  return {
    culprit: { sha: culprit.sha, subject: culprit.subject },
    verdict: "found",
    reason: `it breaks the rule and ${lo < 0 ? "the good commit" : name(commits[lo])}, the commit before it, does not`,
    steps,
    benchmarks
  };
}
async function rangeCommits(top, good, bad, allParents = false) {
  const args = [
    "log",
    "--reverse",
    "--format=%H%x00%s",
    ...allParents ? ["--topo-order", "--ancestry-path"] : ["--first-parent"]
  ];
  const out = await gitOutput(top, [...args, "--end-of-options", `${good}..${bad}`]);
  if (out === void 0) throw new InputError(`bisect: git could not list the commits from ${good} to ${bad}`);
  return out.split("\n").filter(Boolean).map((line) => {
    const [sha = "", subject = ""] = line.split("\0");
    return { sha, subject };
  });
}
async function bisect(job, log, output, onStep) {
  const top = await gitOutput(job.cwd, ["rev-parse", "--show-toplevel"]);
  if (!top) throw new InputError("bisect: expected to be inside a git repository");
  const resolveRef = async (ref, flag) => {
    checkRef(ref, flag);
    const sha = await gitOutput(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    if (!sha) throw new InputError(`bisect: ${flag} "${ref}" is not a commit of ${top}`);
    return sha;
  };
  const good = await resolveRef(job.good, "--good");
  const bad = await resolveRef(job.bad, "--bad");
  if (await gitOutput(top, ["merge-base", "--is-ancestor", good, bad]) === void 0)
    throw new InputError(`bisect: --good ${job.good} is not an ancestor of --bad ${job.bad}`);
  const commits = await rangeCommits(top, good, bad, job.allParents);
  if (commits.length === 0) throw new InputError(`bisect: no commit after --good ${job.good} up to --bad ${job.bad}`);
  const { probes, withRepeats } = probesNeeded(commits.length);
  log.info(
    `bisect: ${commits.length} commit${commits.length === 1 ? "" : "s"} after ${job.good} up to ${job.bad}${job.allParents ? "" : " (first parents)"}: at most ${probes} probes, ${withRepeats} if each is repeated; within ${job.maxMinutes} minutes.`
  );
  const start = Date.now();
  const left = () => job.maxMinutes - (Date.now() - start) / 6e4;
  const matchers = job.benchmarks?.map((p) => (0, import_picomatch4.default)(p));
  const follows = (name, named) => named ? named.includes(name) : matchers ? matchers.some((m) => m(name)) : true;
  const limits = /* @__PURE__ */ new Map();
  const found = await withWorktrees(
    top,
    [good],
    async ([goodTree]) => {
      if (job.setup) await runSuite({ command: job.setup, cwd: goodTree, flag: "--setup" }, log, output);
      return searchCulprit(
        commits,
        (commit, named, attempt) => withWorktrees(
          top,
          [commit.sha],
          async ([tree]) => {
            if (job.setup) await runSuite({ command: job.setup, cwd: tree, flag: "--setup" }, log, output);
            const plan = {
              base: { label: `good ${good.slice(0, 7)}`, sha: good, cwd: goodTree },
              head: {
                label: `candidate ${commit.sha.slice(0, 7)}${attempt > 1 ? " (again)" : ""}`,
                sha: commit.sha,
                cwd: tree
              },
              command: job.command,
              flag: "--suite",
              results: job.results,
              minRounds: job.minRounds,
              maxRounds: job.maxRounds,
              maxMinutes: Math.max(0.1, left()),
              rules: job.rules,
              limits,
              follow: (row) => row.enforced && follows(row.benchmark, named),
              // Only the followed benchmarks, where the suite honours the list (exact names only).
              ...named?.length ? { env: { ...process.env, [BENCHMARKS_ENV]: named.join("\n") } } : {}
            };
            const outcome = await measureAb(plan, log, output);
            const rows = outcome.decision.results.filter((r) => r.enforced && follows(r.benchmark, named));
            if (job.benchmarks && rows.length === 0)
              throw new InputError(
                `bisect: --benchmark ${job.benchmarks.join(", ")} matches no benchmark the suite measured (${outcome.decision.results.map((r) => r.benchmark).filter((v, i, a) => a.indexOf(v) === i).slice(0, 8).join(", ")})`
              );
            const broken = rows.filter((r) => r.fails);
            if (commit.sha === bad && limits.size === 0)
              for (const r of broken) {
                const worse = r.ratio === null ? void 0 : r.direction === "smaller" ? r.ratio : 1 / r.ratio;
                if (worse !== void 0 && r.limit !== void 0 && worse > r.limit)
                  limits.set(rowKey(r), Math.max(r.limit, Math.sqrt(worse)));
              }
            const changes = rows.map((r) => r.measured_ratio).filter((v) => v !== null && v > 0);
            const worst = changes.length ? changes.reduce((a, b) => Math.abs(Math.log(b)) > Math.abs(Math.log(a)) ? b : a) : null;
            return {
              result: broken.length > 0 ? "different" : rows.every((r) => r.settled !== false) ? "same" : "unknown",
              rounds: outcome.rounds.length,
              change: worst,
              broken: [...new Set(broken.map((r) => r.benchmark))]
            };
          },
          job.tempDir
        ),
        {
          outOfTime: () => left() <= 0,
          onStep: (step) => onStep?.(step, withRepeats)
        }
      );
    },
    job.tempDir
  );
  return { ...found, good, bad, commits: commits.length, maxProbes: withRepeats };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell2 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/versions.ts
function comparisonsJson(currentRef, comparisons) {
  return {
    verdict: comparisons.some((c) => c.decision.verdict === "fail") ? "fail" : "pass",
    current_ref: currentRef,
    comparisons: comparisons.map((c) => ({
      baseline_ref: c.baseline_ref,
      baseline_sha: c.baseline_sha,
      verdict: c.decision.verdict,
      rounds: c.decision.ab_rounds ?? c.decision.baseline_runs,
      results: c.decision.results,
      notes: c.decision.notes
    }))
  };
}
function cell(r) {
  if (!r) return "\u2013";
  const change = r.measured_ratio === null ? "" : `${formatChange(r.measured_ratio)} `;
  return `${change}${r.status}${r.fails ? " (FAIL)" : ""}`;
}
function rowsOf(comparisons) {
  const seen = /* @__PURE__ */ new Map();
  for (const c of comparisons) for (const r of c.decision.results) if (!seen.has(rowKey(r))) seen.set(rowKey(r), r);
  return [...seen].map(([id, first]) => ({ id, first }));
}
function renderComparisons(currentRef, comparisons, format) {
  const index = comparisons.map((c) => new Map(c.decision.results.map((r) => [rowKey(r), r])));
  const failing = comparisons.filter((c) => c.decision.verdict === "fail").map((c) => c.baseline_ref);
  const verdict = failing.length ? `FAIL against ${failing.join(", ")}` : `PASS against ${comparisons.map((c) => c.baseline_ref).join(", ")}`;
  const header = ["benchmark", "metric", `${currentRef} (current)`, ...comparisons.map((c) => `vs ${c.baseline_ref}`)];
  const body = rowsOf(comparisons).map(({ id, first }) => [
    first.benchmark,
    first.metric,
    formatValue(first.head, first.unit),
    ...index.map((m) => cell(m.get(id)))
  ]);
  const rounds = comparisons.map(
    (c) => `${c.baseline_ref} (${c.baseline_sha.slice(0, 7)}): ${c.decision.ab_rounds ?? c.decision.baseline_runs} paired rounds`
  ).join("; ");
  if (format === "markdown") {
    const table2 = markdownTable(
      [
        ["benchmark", "metric", `${codeSpan(currentRef)} (current)`, ...comparisons.map((c) => `vs ${codeSpan(c.baseline_ref)}`)],
        ...body.map(([b, m, ...rest]) => [codeSpan(b), escapeMarkdown(m), ...rest])
      ],
      { alignDelimiters: false }
    );
    return [
      `### causal-perf: ${escapeMarkdown(currentRef)} against ${comparisons.length} versions \u2014 ${verdict}`,
      "",
      table2,
      "",
      `<sub>Each column is a same-job A/B on this machine: ${escapeMarkdown(rounds)}. The change is ${escapeMarkdown(currentRef)} against that version.</sub>`,
      ""
    ].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => visible(r[i]).length)));
  const text = (cells) => cells.map((c, i) => visible(c).padEnd(widths[i])).join("  ").trimEnd();
  return [`verdict: ${verdict}`, "", text(header), ...body.map(text), "", `paired: ${rounds}`, ""].join("\n");
}

// src/report/markdown.ts
var ICON = {
  regression: "\u{1F534} regression",
  "below-floor": "\u{1F534} below floor",
  missing: "\u26AA missing",
  inconclusive: "\u{1F7E0} inconclusive",
  improvement: "\u{1F7E2} improvement",
  new: "\u{1F195} new",
  unchanged: "\u2705 unchanged"
};
function statusLabel(r) {
  const label = ICON[r.status];
  return r.status === "regression" && !r.fails ? `\u{1F7E1} regression (report only)` : label;
}
function ruleText(r) {
  const parts = [];
  if (r.limit !== void 0) parts.push(`\u2264 ${formatChange(r.limit)}`);
  if (r.threshold?.minimum !== void 0) parts.push(`\u2265 ${r.threshold.minimum}`);
  if (r.threshold?.maximum !== void 0) parts.push(`\u2264 ${r.threshold.maximum}`);
  if (parts.length === 0) return "\u2014";
  return parts.join(", ") + (r.enforced ? "" : " (report only)");
}
function changeParts(r) {
  const measured = r.measured_ratio ?? r.ratio;
  if (r.ratio === null || measured === null) return { measured };
  return Math.abs(Math.log(r.ratio / measured)) > 5e-3 ? { measured, corrected: r.ratio } : { measured };
}
function changeCell(r) {
  const { measured, corrected: corrected2 } = changeParts(r);
  return corrected2 === void 0 ? formatChange(measured) : `${formatChange(measured)}<br><sub>${formatChange(corrected2)} corrected</sub>`;
}
function benchmarkCell(r, link) {
  const sub = [r.group, r.metric].filter((x) => !!x).map(escapeMarkdown).join(" \xB7 ");
  const name = `${codeSpan(r.benchmark)}<br><sub>${sub}</sub>`;
  return link ? `${name} [\u{1F4C8}](${link(r.benchmark)})` : name;
}
function rowCells(r, link) {
  return [
    statusLabel(r),
    benchmarkCell(r, link),
    changeCell(r),
    // Units come from result files too (custom JSON, Go's ReportMetric): text like any other.
    `${escapeMarkdown(formatValue(r.base, r.unit))}<br>\u2192 ${escapeMarkdown(formatValue(r.head, r.unit))}`,
    ruleText(r)
  ];
}
var HEADER = ["Status", "Benchmark", "Change", "Baseline \u2192 this run", "Rule"];
function table(rows, link) {
  return markdownTable([HEADER, ...rows.map((r) => rowCells(r, link))], {
    alignDelimiters: false,
    align: ["l", "l", "r", "r", "l"]
  });
}
function statisticsTable(rows) {
  const cells = rows.map((r) => [
    codeSpan(r.benchmark),
    escapeMarkdown(r.metric),
    formatInterval(r.interval),
    r.confidence === null ? "\u2014" : `${(r.confidence * 100).toFixed(1)} %`
  ]);
  const body = markdownTable([["Benchmark", "Metric", "95 % interval", "Confidence"], ...cells], {
    alignDelimiters: false,
    align: ["l", "l", "r", "r"]
  });
  return `
<details><summary>Statistics: 95 % intervals and confidence</summary>

${body}

</details>`;
}
function countBy(rows) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const order = ["regression", "below-floor", "missing", "inconclusive", "improvement", "new", "unchanged"];
  return order.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`).join(" \xB7 ");
}
function headline(decision) {
  const failing = decision.results.filter((r) => r.fails).length + (decision.scaling ?? []).filter((s) => s.fails).length;
  if (decision.verdict === "fail") return { icon: "\u274C", text: `${failing} rule${failing === 1 ? "" : "s"} broken` };
  const undecided = decision.results.filter((r) => r.enforced && r.status === "inconclusive").length;
  if (undecided === 0) return { icon: "\u2705", text: "No regression" };
  const m = decision.remeasured;
  const p = decision.paired;
  const why = p ? `${p.rounds} paired base/head round${p.rounds === 1 ? "" : "s"} did not settle ${undecided === 1 ? "it" : "them"} (${p.stopped === "max-minutes" ? "ab-max-minutes" : "ab-max-rounds"} reached)` : m ? m.stopped === "time" ? `re-measuring hit its time limit after ${m.runs} more run${m.runs === 1 ? "" : "s"}` : `${m.runs} more run${m.runs === 1 ? "" : "s"} of the budget of ${m.budget} did not settle ${undecided === 1 ? "it" : "them"}` : "not re-measured (result files only, or confirm-runs: 0)";
  return { icon: "\u26A0\uFE0F", text: `Passed with ${undecided} undecided row${undecided === 1 ? "" : "s"}: ${why}` };
}
function renderMarkdown(decision, options = {}) {
  if (decision.sections?.length) return renderMerged(decision, decision.sections, options);
  const max = options.maxLength ?? Infinity;
  const maxBytes = options.maxBytes ?? Infinity;
  const fits = (text) => text.length <= max && Buffer.byteLength(text, "utf8") <= maxBytes;
  const failing = decision.results.filter((r) => r.fails);
  const notable = decision.results.filter((r) => r.status !== "unchanged");
  const quiet = decision.results.filter((r) => r.status === "unchanged");
  const title = options.name ? `causal-perf: ${escapeMarkdown(options.name)}` : "causal-perf";
  const h = headline(decision);
  const verdict = `${h.icon} **${h.text}**`;
  const head = [];
  if (options.marker) head.push(options.marker);
  head.push(`${"#".repeat(options.level ?? 3)} ${title} \u2014 ${verdict}`, "");
  for (const w of decision.warnings ?? []) head.push(`> [!WARNING]`, `> ${escapeMarkdown(w)}`, "");
  head.push(
    `${decision.results.length} results against ${priorText(decision)}: ${countBy(decision.results) || "nothing to compare"}.`
  );
  for (const note of decision.notes) head.push("", `> ${escapeMarkdown(note)}`);
  const steeper = (decision.scaling ?? []).filter((x) => x.fails);
  if (failing.length > 0 || steeper.length > 0) {
    head.push("", "**Why it failed**", "");
    for (const r of failing.slice(0, 20))
      head.push(`- ${codeSpan(r.benchmark)} ${escapeMarkdown(r.metric)}: ${escapeMarkdown(r.reason)}`);
    if (failing.length > 20) head.push(`- \u2026 and ${failing.length - 20} more in the table.`);
    for (const x of steeper)
      head.push(`- ${codeSpan(x.family)} ${escapeMarkdown(x.metric)} (scaling): ${escapeMarkdown(x.reason)}`);
  }
  const inconclusive = decision.results.filter((r) => r.status === "inconclusive");
  if (inconclusive.length > 0) {
    head.push("", "**Undecided** (past the limit, not yet credible; these do not fail the check)", "");
    for (const r of inconclusive.slice(0, 20))
      head.push(
        `- ${codeSpan(r.benchmark)} ${escapeMarkdown(r.metric)}: ${escapeMarkdown(r.reason)}${r.resolve ? ` To settle it: ${escapeMarkdown(r.resolve)}.` : ""}`
      );
    if (inconclusive.length > 20) head.push(`- \u2026 and ${inconclusive.length - 20} more in the table.`);
  }
  if (decision.drift?.length) head.push("", ...driftSection(decision.drift));
  if (decision.open_regressions?.length) head.push("", ...openSection(decision.open_regressions));
  const foot = [""];
  if (decision.scaling?.length) foot.push(...scalingSection(decision.scaling), "");
  if (options.trendUrl) foot.push(`[Trend charts](${options.trendUrl})`);
  if (options.footer !== false)
    foot.push(
      "<sub>How to read this: a change fails only when it is past the rule\u2019s limit and the engine is confident it is real, given each benchmark\u2019s run-to-run noise in the history. \u201CChange\u201D is as measured (baseline \u2192 this run); where the job\u2019s shared runner shift was factored out, the corrected change is shown under it, and that is what the rule and the 95 % interval (under Statistics) apply to. Inconclusive: past the limit but inside the noise; it does not fail.</sub>"
    );
  const assemble = (main, extra = "") => [...head, "", main, extra, ...foot].join("\n");
  const stats = notable.length ? statisticsTable(notable) : "";
  const full = assemble(
    notable.length ? table(notable, options.benchmarkLink) + stats : "",
    quiet.length ? `
<details><summary>${quiet.length} unchanged</summary>

${table(quiet, options.benchmarkLink)}

</details>` : ""
  );
  if (fits(full)) return full;
  const noQuiet = assemble(
    notable.length ? table(notable, options.benchmarkLink) + stats : "",
    quiet.length ? `
${quiet.length} unchanged results are in the full report.` : ""
  );
  if (fits(noQuiet)) return noQuiet;
  const link = options.fullReportUrl ? ` [Full report](${options.fullReportUrl}).` : "";
  let keep = notable.length;
  let body = noQuiet;
  while (keep > 0 && !fits(body)) {
    keep = Math.floor(keep * 0.8);
    body = assemble(
      table(notable.slice(0, keep), options.benchmarkLink),
      `
${notable.length - keep} more rows are not shown here.${link}`
    );
  }
  if (!fits(body)) {
    body = [...head.slice(0, 4), `The report is too long for a comment.${link}`].join("\n").slice(0, max);
    while (!fits(body)) body = body.slice(0, Math.floor(body.length * 0.9));
  }
  return body;
}
function scalingSection(scaling) {
  const icon = { steeper: "\u274C", flatter: "\u{1F680}", inconclusive: "\u26A0\uFE0F", unchanged: "\u2705" };
  const rows = scaling.slice(0, 20).map((s) => [
    s.fails ? icon.steeper : s.status === "steeper" ? icon.inconclusive : icon[s.status],
    codeSpan(s.family),
    escapeMarkdown(s.metric),
    s.sizes.join(", "),
    `~n^${s.base_exponent.toFixed(1)}`,
    `~n^${s.head_exponent.toFixed(1)}`,
    `${fmtSigned(s.increase)} (${fmtSigned(s.interval[0])} \u2026 ${fmtSigned(s.interval[1])})${s.limit !== void 0 ? `, limit +${s.limit}` : ""}`
  ]);
  return [
    "**Scaling** (benchmarks that differ only by a size: the exponent of the figure against the size)",
    "",
    markdownTable([["", "family", "metric", "sizes", "baseline", "this run", "exponent change (95 %)"], ...rows], {
      alignDelimiters: false
    })
  ];
}
function driftSection(drift) {
  const since = [...drift].sort((a, b) => a.at.localeCompare(b.at))[0];
  const lines = [
    `**Drift since ${codeSpan(since.from_sha.slice(0, 10))}** (level changes in this branch's history that no single run failed)`,
    ""
  ];
  for (const c of drift.slice(0, 20))
    lines.push(
      `- ${codeSpan(c.benchmark)} ${escapeMarkdown(c.metric)}${c.testbed ? ` on ${escapeMarkdown(c.testbed)}` : ""}: ${escapeMarkdown(formatValue(c.before, c.unit ?? ""))} \u2192 ${escapeMarkdown(formatValue(c.after, c.unit ?? ""))} (${formatChange(c.ratio)}, ${formatInterval(c.interval)}) between ${codeSpan(c.from_sha.slice(0, 10))} and ${codeSpan(c.to_sha.slice(0, 10))}`
    );
  if (drift.length > 20) lines.push(`- \u2026 and ${drift.length - 20} more (causal-perf history changes lists them all).`);
  return lines;
}
function openSection(open) {
  const lines = [
    `**Open regressions (${open.length})**: level changes on this branch still past their limit that nobody accepted; each stays here until it is reverted or accepted (a \`Perf-Accepted: NAME\` commit trailer or the \`perf-accepted\` label).`,
    ""
  ];
  for (const c of open.slice(0, 20))
    lines.push(
      `- ${codeSpan(c.benchmark)} ${escapeMarkdown(c.metric)}${c.testbed ? ` on ${escapeMarkdown(c.testbed)}` : ""}: ${escapeMarkdown(formatValue(c.before, c.unit ?? ""))} \u2192 ${escapeMarkdown(formatValue(c.now, c.unit ?? ""))} (${formatChange(c.ratio)}, limit ${formatChange(c.limit)}) since ${codeSpan(c.to_sha.slice(0, 10))} (${escapeMarkdown(c.at.slice(0, 10))})${c.flagged_by_gate ? ", merged over a failing check" : ", which no check failed"}`
    );
  if (open.length > 20) lines.push(`- \u2026 and ${open.length - 20} more (the trend page lists them all).`);
  return lines;
}
var HOW_TO_READ = "<sub>How to read this: a change fails only when it is past the rule\u2019s limit and the engine is confident it is real, given each benchmark\u2019s run-to-run noise in the history. Each section is one matrix leg\u2019s suite on its testbed, judged against that testbed\u2019s own history.</sub>";
function renderMerged(decision, sections, options) {
  const title = options.name ? `causal-perf: ${escapeMarkdown(options.name)}` : "causal-perf";
  const h = headline(decision);
  const verdict = `${h.icon} **${h.text}**`;
  const legs = new Set(sections.flatMap((s) => s.legs)).size;
  const head = [
    ...options.marker ? [options.marker] : [],
    `### ${title} \u2014 ${verdict}`,
    "",
    `${legs} matrix leg${legs === 1 ? "" : "s"} merged into ${sections.length} section${sections.length === 1 ? "" : "s"}: ` + sections.map((s) => `${escapeMarkdown(s.suite)} on ${escapeMarkdown(s.testbed)} ${headline(s.decision).icon}`).join(" \xB7 ") + ".",
    ...decision.notes.flatMap((n) => ["", `> ${escapeMarkdown(n)}`])
  ].join("\n");
  const foot = ["", ...options.trendUrl ? [`[Trend charts](${options.trendUrl})`] : [], HOW_TO_READ].join("\n");
  const room = (limit) => limit === void 0 ? void 0 : Math.max(500, Math.floor((limit - head.length - foot.length) / sections.length) - 200);
  const ordered = [...sections].sort((a, b) => Number(b.decision.verdict === "fail") - Number(a.decision.verdict === "fail"));
  const parts = ordered.map(
    (s) => renderMarkdown(s.decision, {
      ...options,
      marker: void 0,
      name: `${s.suite} on ${s.testbed}`,
      level: 4,
      footer: false,
      trendUrl: void 0,
      benchmarkLink: void 0,
      maxLength: room(options.maxLength),
      maxBytes: room(options.maxBytes)
    })
  );
  return [head, ...parts, foot].join("\n\n");
}
function renderText(decision) {
  const anyCorrected = decision.results.some((r) => changeParts(r).corrected !== void 0);
  const rows = decision.results.map((r) => {
    const { measured, corrected: corrected2 } = changeParts(r);
    return [
      r.status + (r.fails ? " (FAIL)" : ""),
      visible(r.benchmark),
      visible(r.metric),
      visible(formatValue(r.base, r.unit)),
      visible(formatValue(r.head, r.unit)),
      formatChange(measured),
      ...anyCorrected ? [corrected2 === void 0 ? "" : formatChange(corrected2)] : [],
      formatInterval(r.interval),
      r.confidence === null ? "-" : `${(r.confidence * 100).toFixed(1)}%`
    ];
  });
  const header = [
    "status",
    "benchmark",
    "metric",
    "baseline",
    "this run",
    "change",
    ...anyCorrected ? ["corrected"] : [],
    "95% interval",
    "confidence"
  ];
  const widths = header.map(
    (h2, i) => maxOf(
      rows.map((r) => r[i].length),
      h2.length
    )
  );
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const h = headline(decision);
  const out = [`verdict: ${decision.verdict.toUpperCase()} (${priorText(decision)})${h.icon === "\u26A0\uFE0F" ? ` \u2014 ${h.text}` : ""}`];
  for (const w of decision.warnings ?? []) out.push(`WARNING: ${visible(w)}`);
  out.push("", line(header));
  pushAll(out, rows.map(line));
  if (decision.runner?.applied)
    out.push(
      "",
      `runner shift: ${formatChange(decision.runner.applied_shift)} (factored out: "corrected" is each change once it is)`
    );
  for (const n of decision.notes) out.push(`note: ${visible(n)}`);
  for (const r of decision.results.filter((x) => x.status === "inconclusive"))
    out.push(
      `INCONCLUSIVE ${visible(r.benchmark)} ${visible(r.metric)}: ${visible(r.reason)}${r.resolve ? ` To settle it: ${r.resolve}.` : ""}`
    );
  for (const r of decision.results.filter((x) => x.fails))
    out.push(`FAIL ${visible(r.benchmark)} ${visible(r.metric)}: ${visible(r.reason)}`);
  for (const s of decision.scaling ?? [])
    out.push(
      `${s.fails ? "FAIL scaling" : "scaling"} ${visible(s.family)} ${visible(s.metric)} (${s.status}): ${visible(s.reason)}`
    );
  return out.join("\n") + "\n";
}
function priorText(decision) {
  const n = decision.ab_rounds ?? decision.baseline_runs;
  return decision.ab_rounds !== void 0 ? `${n} paired A/B round${n === 1 ? "" : "s"} on one runner` : `${n} prior run${n === 1 ? "" : "s"}`;
}

// src/report/channels/summary.ts
var SUMMARY_LIMIT = 1e6;
function summaryChannel(runner, redact = (text) => text) {
  return {
    what: "write the job summary",
    required: false,
    async publish(decision, { name, links }) {
      const { trendUrl, benchmarkLink } = links;
      await runner.appendSummary(redact(renderMarkdown(decision, { name, trendUrl, benchmarkLink, maxBytes: SUMMARY_LIMIT })));
    }
  };
}

// src/report/channels/files.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";
function reportFilesChannel(paths) {
  return {
    what: "write the report files",
    required: true,
    async publish(decision, { name, links, facts, artifacts }) {
      if (paths.json) {
        await mkdir2(dirname3(paths.json), { recursive: true });
        await writeFile2(paths.json, JSON.stringify({ ...decision, ...facts }, null, 2));
        artifacts["report-json"] = paths.json;
      }
      if (paths.markdown) {
        const { trendUrl, benchmarkLink } = links;
        await mkdir2(dirname3(paths.markdown), { recursive: true });
        await writeFile2(
          paths.markdown,
          renderMarkdown(decision, { name, trendUrl, benchmarkLink, maxBytes: SUMMARY_LIMIT }) + "\n"
        );
        artifacts["report-markdown"] = paths.markdown;
      }
    }
  };
}

export {
  readRules,
  machineFacts,
  decide,
  acceptedInMessage,
  expandPatterns,
  parseJsonText,
  mapPeerFigure,
  FORMATS,
  readResultFiles,
  judgedRows,
  VERSION,
  measureAb,
  abDecision,
  measureRefs,
  withWorktrees,
  defaultBranchOf,
  findChanges,
  publish,
  runPipeline,
  formatChange,
  formatInterval,
  visible,
  stepChange,
  describeStep,
  bisect,
  comparisonsJson,
  renderComparisons,
  renderMarkdown,
  renderText,
  summaryChannel,
  reportFilesChannel,
  remoteWrite,
  openHistory,
  historyFiles,
  siteFiles,
  splitCredentials
};
