//! Words, numbers and punctuation of folded text, with their offsets.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with apostrophes and hyphens inside ("co-chaired", "d'Ivoire").
    Word,
    /// Digits, with an optional ordinal suffix ("24", "24th"); `None` when too large.
    Number { value: Option<u32>, digits: usize },
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
        self.kind == Kind::Word && self.text(text).eq_ignore_ascii_case(word)
    }
}

/// The tokens of `text[range]`, with offsets into `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let Some(slice) = text.get(start..end) else {
        return tokens;
    };
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let from = start + i;
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut to = from + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                to = start + j + 1;
                chars.next();
            }
            let digits = to - from;
            let value = text.get(from..to).and_then(|s| s.parse().ok());
            // An ordinal suffix belongs to the number: "24th", "1st", "22nd", "3rd".
            let rest = text.get(to..end).unwrap_or("");
            let suffix = ["st", "nd", "rd", "th"]
                .iter()
                .find(|s| {
                    rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(s))
                        && !rest
                            .get(2..)
                            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
                })
                .map_or(0, |_| 2);
            for _ in 0..suffix {
                chars.next();
            }
            tokens.push(Token {
                kind: Kind::Number { value, digits },
                start: from,
                end: to + suffix,
            });
        } else if c.is_alphabetic() {
            let mut to = from + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let joins = (d == '\'' || d == '-')
                    && slice
                        .get(j + 1..)
                        .is_some_and(|r| r.starts_with(|n: char| n.is_alphabetic()));
                if !(d.is_alphabetic() || joins) {
                    break;
                }
                to = start + j + d.len_utf8();
                chars.next();
            }
            tokens.push(Token {
                kind: Kind::Word,
                start: from,
                end: to,
            });
        } else {
            tokens.push(Token {
                kind: Kind::Punct(c),
                start: from,
                end: from + c.len_utf8(),
            });
        }
    }
    tokens
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
