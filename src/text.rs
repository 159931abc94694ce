//! Text folding: one normalised copy of the input that every later stage reads, with a map
//! from its offsets back to the input's bytes.
//!
//! Folding keeps case but writes typographic characters as their ASCII counterparts (curly
//! quotes and apostrophes, dashes, no-break and other Unicode spaces), removes invisible ones
//! (zero-width characters, soft hyphens, byte-order marks), strips diacritics from Latin
//! letters (`Côte` → `Cote`) and turns CRLF and lone CR into LF. Names then match whatever
//! way the input wrote them, and spans still point into the input.

use crate::diagnostic::Span;

/// The folded text and the way back to the input.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    text: String,
    /// Places where folded and input bytes differ, in order: `folded[fs..fe]` stands for
    /// `input[is..ie]`. Between them the two texts agree byte for byte.
    edits: Vec<Edit>,
    input_len: usize,
}

#[derive(Debug, Clone, Copy)]
struct Edit {
    fs: usize,
    fe: usize,
    is: usize,
    ie: usize,
}

impl Folded {
    /// Folds `input`.
    pub(crate) fn new(input: &str) -> Folded {
        let mut text = String::with_capacity(input.len());
        let mut edits = Vec::new();
        let mut copied_from = 0;
        let bytes = input.as_bytes();
        let mut i = 0;
        // Runs of plain ASCII are copied in one go; only other bytes go through `fold_char`.
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() && b != b'\r' {
                i += 1;
                continue;
            }
            text.push_str(&input[copied_from..i]);
            let fs = text.len();
            let (len, replacement) = if b == b'\r' {
                let len = if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                (len, Some("\n"))
            } else {
                let c = input[i..].chars().next().unwrap_or('\u{fffd}');
                (c.len_utf8(), fold_char(c))
            };
            match replacement {
                Some(r) => {
                    text.push_str(r);
                    edits.push(Edit {
                        fs,
                        fe: text.len(),
                        is: i,
                        ie: i + len,
                    });
                }
                None => text.push_str(&input[i..i + len]),
            }
            i += len;
            copied_from = i;
        }
        text.push_str(&input[copied_from..]);
        Folded {
            text,
            edits,
            input_len: input.len(),
        }
    }

    /// The folded text.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The input offset where folded offset `f` starts.
    pub(crate) fn input_start(&self, f: usize) -> usize {
        let n = self.edits.partition_point(|e| e.fs <= f);
        let offset = match n.checked_sub(1).and_then(|i| self.edits.get(i)) {
            None => f,
            Some(e) if f < e.fe => e.is,
            Some(e) => e.ie + (f - e.fe),
        };
        offset.min(self.input_len)
    }

    /// The input offset where a range ending (exclusively) at folded offset `f` ends.
    pub(crate) fn input_end(&self, f: usize) -> usize {
        let n = self.edits.partition_point(|e| e.fs < f);
        let offset = match n.checked_sub(1).and_then(|i| self.edits.get(i)) {
            None => f,
            Some(e) if f <= e.fe => e.ie,
            Some(e) => e.ie + (f - e.fe),
        };
        offset.min(self.input_len)
    }

    /// The input span of the folded range `start..end`.
    pub(crate) fn input_span(&self, start: usize, end: usize) -> Span {
        Span::new(
            self.input_start(start),
            self.input_end(end).max(self.input_start(start)),
        )
    }
}

/// Folds a short string such as a name, for comparing names with each other: folded as
/// input is, then lowercased, with runs of white space as one space and none after an
/// elided article ("d' Ivoire").
pub(crate) fn fold_key(s: &str) -> String {
    let folded = Folded::new(s);
    let mut key = String::with_capacity(s.len());
    let mut elided = false;
    for word in folded.as_str().split_whitespace() {
        if !key.is_empty() && !elided {
            key.push(' ');
        }
        // "d'", "l'": one letter and an apostrophe join the next word.
        elided = word.len() == 2 && word.ends_with('\'');
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// What a non-ASCII character folds to; `None` keeps it as it is.
fn fold_char(c: char) -> Option<&'static str> {
    let s = match c {
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            " "
        }
        '\u{2028}' | '\u{2029}' | '\u{85}' => "\n",
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => "",
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{2bc}' | '\u{b4}' => {
            "'"
        }
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => {
            "\""
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => "-",
        '\u{2026}' => "...",
        '\u{c6}' => "AE",
        '\u{e6}' => "ae",
        '\u{152}' => "OE",
        '\u{153}' => "oe",
        '\u{df}' => "ss",
        '\u{de}' => "TH",
        '\u{fe}' => "th",
        '\u{132}' => "IJ",
        '\u{133}' => "ij",
        '\u{c0}'..='\u{ff}' => return latin1_base(c),
        '\u{100}'..='\u{17f}' => {
            let i = c as usize - 0x100;
            return LATIN_EXTENDED_A.get(i..i + 1);
        }
        '\u{218}' => "S",
        '\u{219}' => "s",
        '\u{21a}' => "T",
        '\u{21b}' => "t",
        _ => return None,
    };
    Some(s)
}

/// Base letters of U+0100..U+017F, one byte each (ligatures are handled before).
const LATIN_EXTENDED_A: &str = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

fn latin1_base(c: char) -> Option<&'static str> {
    Some(match c {
        'À'..='Å' => "A",
        'Ç' => "C",
        'È'..='Ë' => "E",
        'Ì'..='Ï' => "I",
        'Ð' => "D",
        'Ñ' => "N",
        'Ò'..='Ö' | 'Ø' => "O",
        'Ù'..='Ü' => "U",
        'Ý' => "Y",
        'à'..='å' => "a",
        'ç' => "c",
        'è'..='ë' => "e",
        'ì'..='ï' => "i",
        'ð' => "d",
        'ñ' => "n",
        'ò'..='ö' | 'ø' => "o",
        'ù'..='ü' => "u",
        'ý' | 'ÿ' => "y",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_extended_a_table_covers_the_block() {
        assert_eq!(LATIN_EXTENDED_A.len(), 128);
        assert_eq!(fold_char('Ł'), Some("L"));
        assert_eq!(fold_char('ž'), Some("z"));
        assert_eq!(fold_char('ſ'), Some("s"));
        assert_eq!(fold_char('ő'), Some("o"));
    }

    #[test]
    fn folds_typography_and_diacritics() {
        let input = "Côte d\u{2019}Ivoire\u{a0}– “Lomé”\r\nzero\u{200b}width";
        let folded = Folded::new(input);
        assert_eq!(folded.as_str(), "Cote d'Ivoire - \"Lome\"\nzerowidth");
    }

    #[test]
    fn offsets_map_back_to_input_bytes() {
        let input = "Côte d’Ivoire, Lomé.";
        let folded = Folded::new(input);
        let f = folded.as_str();
        let at = |needle: &str| {
            let s = f.find(needle).unwrap();
            let span = folded.input_span(s, s + needle.len());
            &input[span.range()]
        };
        assert_eq!(at("Cote d'Ivoire"), "Côte d’Ivoire");
        assert_eq!(at("Lome"), "Lomé");
        assert_eq!(at("."), ".");
        assert_eq!(at("Ivoire"), "Ivoire");
    }

    #[test]
    fn removed_characters_stay_outside_spans() {
        let input = "ab\u{200b}cd";
        let folded = Folded::new(input);
        assert_eq!(folded.as_str(), "abcd");
        assert_eq!(&input[folded.input_span(0, 2).range()], "ab");
        assert_eq!(&input[folded.input_span(2, 4).range()], "cd");
    }

    #[test]
    fn keys_ignore_case_accents_and_spacing() {
        assert_eq!(fold_key("  Guinée   Équatoriale "), "guinee equatoriale");
        assert_eq!(fold_key("CÔTE D’IVOIRE"), "cote d'ivoire");
        assert_eq!(fold_key("Cote d' Ivoire"), "cote d'ivoire");
        assert_eq!(
            fold_key("senior officials' meeting"),
            "senior officials' meeting"
        );
    }
}
