// The desktop routes by the location hash: the document is one file, so the path after "#" is the
// app's path ("#/skills" -> "/skills"). A hash change never leaves the page, so no navigation guard fires.

export function pathFromHash(hash: string): string {
  const path = hash.replace(/^#/, "");
  return path.startsWith("/") ? path : "/";
}

export function hrefForPath(path: string): string {
  return `#${path}`;
}

export function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}
