/** The comparison key for skill names: case and surrounding/inner extra spaces do not make a new skill. */
export function skillNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
