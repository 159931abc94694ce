//! Words, numbers and punctuation of folded text, with their offsets.

use crate::swar;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with apostrophes and hyphens inside ("co-chaired", "d'Ivoire").
    Word,
    /// Digits, with an optional ordinal suffix ("24", "24th"); `None` when too large.
    /// `digits` counts up to 255, which tells every form apart: tokens stay small.
    Number { value: Option<u32>, digits: u8 },
    /// Any other character that is not white space.
    Punct(char),
}

/// A token of folded text: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The number's value, for numbers that fit.
    pub fn number(self) -> Option<u32> {
        match self.kind {
            Kind::Number { value, .. } => value,
            _ => None,
        }
    }

    /// Whether the token is the punctuation `c`.
    pub fn is_punct(self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether the token is a word equal to `word`, ignoring ASCII case.
    pub fn is_word(self, text: &str, word: &str) -> bool {
        self.is_any_word(text, &[word])
    }

    /// Whether the token is a word equal to one of `words` (written in lowercase), ignoring
    /// ASCII case. Sentences are searched for such lists token by token, so most pairs are
    /// told apart by length and first letter before any comparison.
    pub fn is_any_word(self, text: &str, words: &[&str]) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        let Some(own) = text.as_bytes().get(self.start..self.end) else {
            return false;
        };
        let Some(first) = own.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        debug_assert!(
            words
                .iter()
                .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase()))
        );
        words.iter().any(|w| {
            w.len() == own.len()
                && w.as_bytes().first() == Some(&first)
                && w.as_bytes().eq_ignore_ascii_case(own)
        })
    }
}

/// The tokens of `text[start..end]`, with offsets into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(end.saturating_sub(start) / 6);
    tokenize_into(text, start, end, &mut tokens);
    tokens
}

/// Appends the tokens of `text[start..end]` to `tokens`.
pub(crate) fn tokenize_into(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let bytes = slice.as_bytes();
    let mut i = 0;
    // Bytes are read directly; only non-ASCII characters are decoded.
    while let Some(&b) = bytes.get(i) {
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = slice
                .get(i..)
                .and_then(|r| r.chars().next())
                .unwrap_or('\u{fffd}');
            (c, c.len_utf8())
        };
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let from = i;
        if b.is_ascii_digit() {
            let (kind, end) = number_at(bytes, i);
            i = end;
            tokens.push(Token {
                kind,
                start: start + from,
                end: start + i,
            });
        } else if c.is_alphabetic() {
            i = word_end(slice, i + len);
            tokens.push(Token {
                kind: Kind::Word,
                start: start + from,
                end: start + i,
            });
        } else {
            i += len;
            tokens.push(Token {
                kind: Kind::Punct(c),
                start: start + from,
                end: start + i,
            });
        }
    }
}

/// The number token starting with the digit at `at`, and where it ends: its digits, and an
/// ordinal suffix that belongs to it ("24th", "1st", "22nd", "3rd", and French "1er").
pub(crate) fn number_at(bytes: &[u8], at: usize) -> (Kind, usize) {
    let mut value: Option<u32> = Some(0);
    let mut i = at;
    while let Some(&d) = bytes.get(i).filter(|d| d.is_ascii_digit()) {
        value = value
            .and_then(|v| v.checked_mul(10))
            .and_then(|v| v.checked_add(u32::from(d - b'0')));
        i += 1;
    }
    let digits = u8::try_from(i - at).unwrap_or(u8::MAX);
    let suffix = bytes.get(i..i + 2).is_some_and(|s| {
        let s = [
            s.first().map_or(0, u8::to_ascii_lowercase),
            s.get(1).map_or(0, u8::to_ascii_lowercase),
        ];
        matches!(&s, b"st" | b"nd" | b"rd" | b"th" | b"er")
    });
    let after_suffix = bytes.get(i + 2).is_some_and(|n| n.is_ascii_alphanumeric());
    if suffix && !after_suffix {
        i += 2;
    }
    (Kind::Number { value, digits }, i)
}

/// Where the word that goes on at `at` of `text` ends (its first letter read): letters,
/// and apostrophes and hyphens between letters ("co-chaired", "d'Ivoire").
pub(crate) fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    loop {
        // Runs of ASCII letters are passed eight bytes at a time; past the text's end are
        // zeros, which are none.
        let run = swar::leading(swar::letter_bits(swar::load8(bytes, i)));
        i += run;
        if run == 8 {
            continue;
        }
        let Some(&n) = bytes.get(i) else {
            break;
        };
        let next_is_letter = |at: usize| {
            text.get(at..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphabetic)
        };
        if (n == b'\'' || n == b'-') && next_is_letter(i + 1) {
            i += 1;
            continue;
        }
        if !n.is_ascii() {
            let d = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            if d.is_alphabetic() {
                i += d.len_utf8();
                continue;
            }
        }
        break;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| match t.kind {
                Kind::Word => format!("w:{}", t.text(text)),
                Kind::Number { value, .. } => format!("n:{value:?}:{}", t.text(text)),
                Kind::Punct(c) => format!("p:{c}"),
            })
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            show("co-chaired by Cote d'Ivoire, 24th-25th"),
            [
                "w:co-chaired",
                "w:by",
                "w:Cote",
                "w:d'Ivoire",
                "p:,",
                "n:Some(24):24th",
                "p:-",
                "n:Some(25):25th",
            ]
        );
        assert_eq!(
            show("1-2 July"),
            ["n:Some(1):1", "p:-", "n:Some(2):2", "w:July"]
        );
        assert_eq!(
            show("3rdly 99999999999999999999"),
            ["n:Some(3):3", "w:rdly", "n:None:99999999999999999999"]
        );
        assert_eq!(show("Ouest-"), ["w:Ouest", "p:-"]);
    }
}
