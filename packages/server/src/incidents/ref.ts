export const formatRef = (n: number) => `INC-${n}`;
