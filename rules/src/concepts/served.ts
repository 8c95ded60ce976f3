import type { Language, LexiconEntry, PhraseHit, Post } from "@postlint/core";
import { patternHits } from "./window.js";

/**
 * People served, by where they sit or sleep: "the lad in 23F", "Room 1812", "rows 20-24", "tafel 6",
 * "værelse 214".
 * Some are lexicon terms ("bed 4"); any number goes here.
 */
const SEAT_OR_ROOM: Record<Language, RegExp> = {
  en: /\b(?:(?:seat|row|room|table|bed|bay|cubicle|cabin)\s+\d{1,4}[A-K]?|rows\s+\d{1,3}\s*[-–]\s*\d{1,3}|in\s+(?!3D\b|2D\b)\d{1,2}[A-F])\b/giu,
  nl: /\b(?:(?:kamer|tafel|stoel|bed|rij|stoelnummer)\s+\d{1,4}[A-K]?|rijen\s+\d{1,3}\s*[-–]\s*\d{1,3})\b/giu,
  da: /\b(?:(?:værelse|bord|sæde|plads|række|seng|stue)\s+\d{1,4}[A-K]?|række\s+\d{1,3}\s*[-–]\s*\d{1,3})\b/giu,
};
const SEATED: LexiconEntry = { terms: [], tags: ["target", "customer", "audience"], confidence: "medium" };
export const seatsAndRooms = (post: Post): PhraseHit<LexiconEntry>[] => patternHits(post, SEAT_OR_ROOM[post.language], SEATED);
