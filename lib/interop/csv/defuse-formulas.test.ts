import { describe, expect, it } from "vitest";
import { defuseFormulas } from "./defuse-formulas";

describe("defuseFormulas", () => {
  it.each([
    ["=2+3*7", "'=2+3*7"],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(1;1)", "'@SUM(1;1)"],
    ["\uff1d1+1", "'\uff1d1+1"],
    ["  =1+1", "  '=1+1"],
    ["\t=1+1", "\t'=1+1"],
  ])("puts a quote before a formula sign at the start: %j", (text, defused) => {
    expect(defuseFormulas(text)).toBe(defused);
  });

  it.each([
    ["tired\n=2+3*7", "tired\n'=2+3*7"],
    ["tired\r\n =2+3*7", "tired\r\n '=2+3*7"],
    ["x;=1+1;y", "x;'=1+1;y"],
    ["x,=1+1,y", "x,'=1+1,y"],
    ["x\t=1+1", "x\t'=1+1"],
    ["x|=1+1", "x|'=1+1"],
    ['said "=1+1"', `said "'=1+1"`],
    ["a;;@x", "a;;'@x"],
  ])("and wherever a spreadsheet could begin a cell: %j", (text, defused) => {
    expect(defuseFormulas(text)).toBe(defused);
  });

  it.each(["Walked 20 minutes - felt fine", "2026-01-05", "pain 3-4", "e-mail a@b.example", "", "'=already"])(
    "leaves ordinary text alone: %j",
    (text) => expect(defuseFormulas(text)).toBe(text),
  );
});
