//! Chooses a sorted, non-overlapping set of spans from overlapping candidates.
//!
//! Candidates are taken best first (score, then length). A candidate that overlaps spans already
//! taken keeps the parts outside them when those parts still hold a word or number, so a form
//! value masked as an address still masks the name-free rest of the line around a title+name.

use std::collections::BTreeMap;

use crate::{Label, Span};

pub(crate) fn resolve(text: &str, candidates: Vec<Span>) -> Vec<Span> {
    // Best first: score, then length, then position; ties keep the detectors' order (the index),
    // as a stable sort would, but the unstable sort on a precomputed key is cheaper.
    let mut order: Vec<(u32, usize, usize, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (score_key(c.score), usize::MAX - (c.end - c.start), c.start, i))
        .collect();
    order.sort_unstable();
    let candidates = order.into_iter().map(|(_, _, _, i)| candidates[i].clone());
    // Taken spans keyed by start; they never overlap, so those overlapping `c` are the ones
    // just before `c.end` whose end is past `c.start`.
    let mut taken: BTreeMap<usize, Span> = BTreeMap::new();
    let mut overlapping = Vec::new();
    for c in candidates {
        if c.start >= c.end {
            continue;
        }
        overlapping.clear();
        for (_, t) in taken.range(..c.end).rev() {
            if t.end <= c.start {
                break;
            }
            overlapping.push((t.start, t.end));
        }
        if overlapping.is_empty() {
            taken.insert(c.start, c);
            continue;
        }
        overlapping.reverse();
        // Pieces of `c` outside the overlapping spans.
        let mut from = c.start;
        let mut pieces = Vec::new();
        for &(s, e) in &overlapping {
            if s > from {
                pieces.push((from, s));
            }
            from = from.max(e);
        }
        if from < c.end {
            pieces.push((from, c.end));
        }
        for (s, e) in pieces {
            if let Some(piece) = trimmed_piece(text, &c, s, e) {
                taken.insert(piece.start, piece);
            }
        }
    }
    let mut spans: Vec<Span> = taken.into_values().collect();
    merge_address_parts(text, &mut spans);
    spans
}

/// A key that sorts scores from highest to lowest (as `f32::total_cmp` orders them, reversed).
fn score_key(score: f32) -> u32 {
    let bits = score.to_bits();
    // total_cmp's order as unsigned integers: flip all bits of negatives, the sign bit of others.
    let ascending = if bits >> 31 == 1 { !bits } else { bits | 1 << 31 };
    !ascending
}

/// Joins address spans separated only by spaces, commas or line breaks ("14a Elm Close" and
/// "Hove" on the next line of a form) into one address.
fn merge_address_parts(text: &str, spans: &mut Vec<Span>) {
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        if let Some(prev) = merged.last_mut() {
            let gap = &text[prev.end..s.start];
            if prev.label == Label::Address
                && s.label == Label::Address
                && gap.chars().all(|c| c.is_whitespace() || c == ',')
            {
                prev.end = s.end;
                prev.score = prev.score.max(s.score);
                continue;
            }
        }
        merged.push(s);
    }
    *spans = merged;
}

/// The part of `c` in `start..end` with surrounding spaces and punctuation trimmed, if it still
/// holds at least two letters or digits.
fn trimmed_piece(text: &str, c: &Span, start: usize, end: usize) -> Option<Span> {
    let piece = &text[start..end];
    let is_edge = |ch: char| !ch.is_alphanumeric();
    let lead = piece.len() - piece.trim_start_matches(is_edge).len();
    let trimmed = piece.trim_matches(is_edge);
    if trimmed.chars().filter(|ch| ch.is_alphanumeric()).count() < 2 {
        return None;
    }
    let start = start + lead;
    Some(Span { start, end: start + trimmed.len(), ..c.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, score: f32) -> Span {
        Span { start, end, label: Label::Person, score, detector: "test" }
    }

    #[test]
    fn score_keys_sort_as_total_cmp_reversed() {
        let mut scores =
            vec![0.0f32, -0.0, 1.0, 0.95, 0.9500001, -1.0, f32::INFINITY, f32::NEG_INFINITY, 0.5, 1e-9];
        let mut by_key = scores.clone();
        by_key.sort_by_key(|&s| score_key(s));
        scores.sort_by(|a, b| b.total_cmp(a));
        assert_eq!(
            by_key.iter().map(|s| s.to_bits()).collect::<Vec<_>>(),
            scores.iter().map(|s| s.to_bits()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn best_first_then_longest() {
        let text = "abcd efgh ijkl mnop qrst uv";
        let out = resolve(text, vec![span(0, 4, 0.6), span(0, 10, 0.6), span(5, 14, 0.9), span(20, 22, 0.5)]);
        let ranges: Vec<_> = out.iter().map(|s| (s.start, s.end)).collect();
        // (0, 10) loses to (5, 14) but keeps "abcd"; (0, 4) then overlaps it and is dropped.
        assert_eq!(ranges, [(0, 4), (5, 14), (20, 22)]);
        assert_eq!(out[0].score, 0.6);
    }
}
