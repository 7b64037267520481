// The in-memory account: shares, each a tree of directories and files. A
// share's entries are keyed by their folded (case-insensitive) name and keep
// the name they were created with. Every change gets a fresh ETag and
// Last-Modified; file and directory ids are 64-bit numbers as on the service.
import { checkShareName, foldName } from './names.mjs';
import { errors } from './errors.mjs';
import { SparseContent } from './sparse.mjs';
import { DEFAULT_SDDL, nowTicks, permissionKeyFor } from './smb.mjs';

let etagCounter = 0n;
/** A quoted, always-increasing ETag in the service's "0x8D…" shape. */
export function newEtag() {
  etagCounter += 1n;
  return `"0x${(0x8d000000000000n + BigInt(Date.now()) * 1000n + (etagCounter % 1000n)).toString(16).toUpperCase()}"`;
}

function newStamp() {
  return { etag: newEtag(), lastModified: new Date() };
}

export class Store {
  constructor() {
    /** @type {Map<string, Share>} */
    this.shares = new Map();
  }

  createShare(name, { quota, metadata }) {
    checkShareName(name);
    if (this.shares.has(name)) throw errors.shareAlreadyExists();
    const share = new Share(name, quota, metadata);
    this.shares.set(name, share);
    return share;
  }

  getShare(name) {
    checkShareName(name);
    const share = this.shares.get(name);
    if (!share) throw errors.shareNotFound();
    return share;
  }

  deleteShare(name) {
    this.getShare(name);
    this.shares.delete(name);
  }
}

export class Share {
  constructor(name, quota, metadata) {
    this.name = name;
    this.quota = quota;
    this.metadata = metadata;
    Object.assign(this, newStamp());
    this.nextId = 13835058055282163712n; // ids on the service are large 64-bit values
    /** @type {Map<string, string>} permission key → SDDL */
    this.permissions = new Map([[permissionKeyFor(DEFAULT_SDDL), DEFAULT_SDDL]]);
    this.root = this.newNode('dir', '', '0', { permissionKey: permissionKeyFor(DEFAULT_SDDL), attributes: 'Directory' });
    this.root.id = '0';
  }

  touch() {
    Object.assign(this, newStamp());
  }

  newNode(kind, name, parentId, smb) {
    this.nextId += 1n;
    const t = nowTicks();
    const node = {
      kind,
      name,
      id: String(this.nextId),
      parentId,
      metadata: {},
      ...newStamp(),
      smb: { creationTime: t, lastWriteTime: t, changeTime: t, lastAccessTime: t, ...smb },
    };
    if (kind === 'dir') node.children = new Map();
    else {
      node.size = 0;
      node.content = new SparseContent();
      node.http = {};
    }
    return node;
  }

  /** The node at `names` or undefined; throws ParentNotFound when an ancestor is missing or is a file. */
  find(names) {
    let node = this.root;
    for (let i = 0; i < names.length; i++) {
      const next = node.children.get(foldName(names[i]));
      if (!next) {
        if (i < names.length - 1) throw errors.parentNotFound();
        return undefined;
      }
      if (next.kind !== 'dir' && i < names.length - 1) throw errors.parentNotFound();
      node = next;
    }
    return node;
  }

  /** The directory that holds `names`' last entry (ParentNotFound if absent). */
  parentOf(names) {
    const parent = names.length === 1 ? this.root : this.find(names.slice(0, -1));
    if (!parent || parent.kind !== 'dir') throw errors.parentNotFound();
    return parent;
  }

  getDirectory(names) {
    const node = this.find(names);
    if (!node) throw errors.resourceNotFound();
    if (node.kind !== 'dir') throw errors.resourceNotFound(); // no directory by that name
    return node;
  }

  getFile(names) {
    if (names.length === 0) throw errors.invalidUri();
    const node = this.find(names);
    if (!node) throw errors.resourceNotFound();
    if (node.kind !== 'file') throw errors.resourceNotFound(); // no file by that name
    return node;
  }

  /** Adds a child; the caller has checked there is none under that name. */
  attach(parent, node) {
    parent.children.set(foldName(node.name), node);
  }

  detach(parent, node) {
    parent.children.delete(foldName(node.name));
  }
}

/** Gives a node a new ETag and Last-Modified after a change. */
export function stamp(node) {
  Object.assign(node, newStamp());
}
