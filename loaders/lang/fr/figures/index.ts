import type { FigureFound } from "../../pack.ts";

export function extractFigures(text: string): FigureFound[] {
  void text;
  return [];
}
