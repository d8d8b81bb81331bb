import { createRequire as __sluiceCreateRequire } from 'node:module';
import { fileURLToPath as __sluiceFileURLToPath } from 'node:url';
import { dirname as __sluiceDirname } from 'node:path';
const require = __sluiceCreateRequire(import.meta.url);
var __filename = __sluiceFileURLToPath(import.meta.url);
var __dirname = __sluiceDirname(__filename);
import {
  je,
  u,
  x2 as x
} from "./chunk-75M3UZPT.js";
import "./chunk-KPN4P2QG.js";

// ../main/node_modules/@electric-sql/pglite/dist/fs/nodefs.js
import * as s from "fs";
import * as o from "path";
u();
var m = class extends je {
  constructor(t) {
    super(t), this.rootDir = o.resolve(t), s.existsSync(o.join(this.rootDir)) || s.mkdirSync(this.rootDir);
  }
  async init(t, e) {
    return this.pg = t, { emscriptenOpts: { ...e, preRun: [...e.preRun || [], (r) => {
      let c = r.FS.filesystems.NODEFS;
      r.FS.mkdirTree(x), r.FS.mount(c, { root: this.rootDir }, x);
    }] } };
  }
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
export {
  m as NodeFS
};
