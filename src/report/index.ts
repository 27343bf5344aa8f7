import type { Report } from "../model/types.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderText, type TextOptions } from "./text.js";

export const FORMATS = ["text", "markdown", "json", "html"] as const;
export type Format = (typeof FORMATS)[number];

export type RenderOptions = TextOptions;

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Render a report in one of the supported formats; options only affect the text format. */
export function render(report: Report, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case "text":
      return renderText(report, options);
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return renderJson(report);
    case "html":
      return renderHtml(report);
  }
}

export { checkSpans, reportSpans } from "./spans.js";
export { escapeHtml, renderHtml } from "./html.js";
export { renderJson } from "./json.js";
export { renderMarkdown } from "./markdown.js";
export { renderText } from "./text.js";
