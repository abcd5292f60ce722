export function MyOnCallPage() {
  return null;
}
