//! Lists of parties around a role cue: "co-chaired by the Kingdom of Spain and the Kingdom
//! of Morocco", "Belgium, Côte d'Ivoire and ICMPD organised".

use smallvec::SmallVec;

use crate::lexicon::{Cue, Hit, Name, class};
use crate::model::{Country, Organisation, Party, Role};

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::doc::{Doc, described_group, unknown_organisation};
use crate::text::{ends_with_spaced, head, one_of, starts_with_spaced, tail};

/// Words that may stand before the first party of a list.
const LEADING: &[&str] = &[
    "the",
    "le",
    "la",
    "les",
    "l'",
    // "accueilli par le Ministère de l'Intérieur du Sénégal".
    "du",
    "de",
    "both",
    "by",
    "government",
    "of",
    "in",
    "partnership",
    "collaboration",
    "cooperation",
    "together",
    "with",
    "jointly",
    // French: "en collaboration avec l'ONUDC".
    "en",
    "avec",
    // "observers from Algeria and Libya", "Observers included Algeria and IOM"
    "from",
    "included",
    "including",
    "were",
];
/// Words that may join the parties of a list ("Spain and Morocco, as well as by the
/// European Commission").
const JOINING: &[&str] = &[
    "and",
    "by",
    "the",
    // French: "le Sénégal et la France", "du Maroc et de l'Algérie".
    "et",
    "le",
    "la",
    "les",
    "l'",
    "du",
    "de",
    "des",
    "as",
    "well",
    "both",
    "together",
    "with",
    "jointly",
    "in",
    "collaboration",
    "cooperation",
    "partnership",
    "en",
    "avec",
    "its",
    "their",
    "government",
    "of",
];
/// Titles and offices that may stand before a party, in any list: "the Minister of the
/// Interior of Senegal".
const OFFICE_WORDS: &[&str] = &[
    "minister",
    "ministers",
    "ministry",
    "interior",
    "foreign",
    "affairs",
    "justice",
    "home",
    "security",
    "secretary",
    "state",
    "general",
    "director",
    "director-general",
    "directorate",
    "directorate-general",
    "secretary-general",
    "commissioner",
    "deputy",
    "excellency",
    // "hosted by H.E. the Minister of Foreign Affairs of Senegal"; French "S.E.".
    "h.e.",
    "s.e.",
    "mr",
    "mrs",
    "ms",
    "ambassador",
    "representative",
    "representatives",
    "delegation",
    "delegations",
    "authorities",
];

/// Words that may stand between the last party and a cue after it ("Spain has hosted").
const AUXILIARY: &[&str] = &[
    // "Morocco acted as co-chair", "Senegal served as host"
    "acted",
    "served",
    "has",
    "have",
    "had",
    "also",
    "jointly",
    "successfully",
    "kindly",
    "will",
    "both",
    // French "there", of the meeting: "L'OIM y a participé".
    "y",
    // "Senegal, which hosted the meeting, welcomed ..."
    "which",
];
/// Words that may stand between an observer and "as observer" ("Algeria attended as an
/// observer").
const ATTENDING: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "attended",
    "participated",
    "took",
    "part",
    // "with Switzerland and Norway taking part as observers"
    "taking",
    "participating",
    "attending",
    "joining",
    "joined",
    "was",
    "were",
    "present",
    "in",
    "the",
    "meeting",
    "workshop",
    "conference",
    "session",
    "event",
    "training",
    // "The UNHCR Regional Office took part as an observer": the party's office or
    // envoys.
    "regional",
    "office",
    "offices",
    "delegation",
    "delegations",
    "mission",
    "experts",
    // "Libya followed the discussions as an observer".
    "followed",
    "discussions",
    "proceedings",
    // French, folded: "ont participé", "ont pris part", "était également présente".
    "a",
    "ont",
    "participe",
    "pris",
    "assiste",
    "etait",
    "etaient",
    "presente",
    "presentes",
    "presents",
    "aussi",
    "egalement",
    // "L'OIM et le HCR y ont participé": "there", of the meeting.
    "y",
];
/// Phrases that open a clause naming partners in what the subject did.
pub(super) const PARTNERING: &[&str] = &[
    "in partnership with",
    "in collaboration with",
    "in cooperation with",
    "in close partnership with",
    "in close collaboration with",
    "in close cooperation with",
    "together with",
    "jointly with",
    // French, folded: "organisé par l'ICMPD en partenariat avec l'OIM".
    "en partenariat avec",
    "en collaboration avec",
    "en cooperation avec",
    "en etroite collaboration avec",
    "conjointement avec",
];
/// French nouns (folded) that make the demonym after them name its country: "le ministère
/// sénégalais", "la présidence marocaine". They also stand in a list's gap before it.
const FRENCH_OFFICES: &[&str] = &[
    "ministre",
    "ministres",
    "affaires",
    "etrangeres",
    "interieur",
    "securite",
    "ministere",
    "ministeres",
    "gouvernement",
    "gouvernements",
    "autorites",
    "delegation",
    "delegations",
    "presidence",
    "copresidence",
    "co-presidence",
    "ambassade",
    "police",
    "gendarmerie",
    "partie",
    "experts",
    "delegues",
    "representants",
];
/// Nouns that make a demonym name its country: "the Moroccan Chairmanship".
const OFFICES: &[&str] = &[
    "minister",
    "ministers",
    "ministry",
    "ministries",
    "government",
    "governments",
    "authorities",
    "officials",
    "delegation",
    "delegations",
    "chairmanship",
    "presidency",
    "chair",
    "co-chair",
    "co-chairs",
    "embassy",
    "ambassador",
    "co-chairmanship",
    "co-presidency",
    "directorate",
    // "the Spanish Secretary of State for Migration", "the Moroccan Director-General".
    "secretary",
    "director",
    "director-general",
    "commissioner",
    "police",
    "gendarmerie",
    "service",
    "services",
    // "Ghanaian officials and Nigerian experts took part": those a country sends.
    "experts",
    "delegates",
    "representatives",
];
/// Offices that stand for a country at the meeting itself: a delegation is sent to one, so
/// "the Senegalese delegation presented its strategy" says Senegal took part.
const DELEGATIONS: &[&str] = &["delegation", "delegations", "delegates"];
/// French (folded): "la délégation sénégalaise".
const FRENCH_DELEGATIONS: &[&str] = &["delegation", "delegations", "delegues"];

/// The most parties one list gives: real lists are short, and the bound keeps a list of
/// thousands (or thousands of cues over one list) from costing more than linear time.
pub(crate) const MAX_LIST: usize = 64;

/// The longest clause set off by commas or dashes that a list may step over.
const MAX_APPOSITION: usize = 160;

/// The parties of one list, in text order. Most lists name one to four: they are kept
/// inline, and reading a role clause allocates nothing.
pub(crate) type List = SmallVec<[Listed; 4]>;

/// Parties with the roles a reading gives them, in the order read; the meeting keeps
/// each pair once. Kept inline for the few most readings give.
pub(crate) type Roles = SmallVec<[(Role, Party); 4]>;

/// A party named in a list, with its folded offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listed {
    pub party: Party,
    pub start: usize,
    pub end: usize,
}

/// Whether `gap` holds only `words` or titles and offices (any case), and the punctuation
/// in `puncts`.
fn only(gap: &str, words: &[&str], puncts: &str) -> bool {
    gap.split(|c: char| c.is_whitespace() || puncts.contains(c))
        .all(|w| {
            w.is_empty()
                || words
                    .iter()
                    .chain(OFFICE_WORDS)
                    .chain(FRENCH_OFFICES)
                    .any(|x| x.eq_ignore_ascii_case(w))
        })
}

/// The capacity stated right after a party ending at folded `at`, and where it ends: in
/// parentheses ("Algeria (observer)", "Jordan (guest country)", "Mali (host)") or set off
/// by commas after "as", an article or a status ("Spain, as host, and Senegal co-chaired",
/// "Libya, an observer to the dialogue, took part", "Algeria, which has observer status,
/// attended", "Jordan, invited as a guest, shared"). An office in the dialogue is a capacity that gives no role in the meeting
/// ("Mali, as chair of the Rabat Process, and Niger attended": the chair of the dialogue
/// need not chair this meeting); observers of the dialogue observe its meetings.
pub(crate) fn capacity_at(doc: &Doc<'_>, at: usize) -> Option<(Option<Role>, usize)> {
    const REACH: usize = 48;
    // Most parties are followed by neither: that is told from a byte or two.
    let bytes = doc.text().as_bytes();
    let open = at + bytes.get(at..)?.iter().take_while(|&&b| b == b' ').count();
    let close = match bytes.get(open) {
        Some(b'(') => ')',
        Some(b',') if matches!(bytes.get(open + 1..open + 3), Some(b" a" | b" w" | b" i")) => ',',
        _ => return None,
    };
    let rest = head(doc.slice(open + 1, doc.text().len()), REACH);
    let end = rest.find(close)?;
    let written = rest.get(..end)?.trim();
    // A capacity wrapped over lines ("which holds observer" over "status,") reads as one.
    let flat = if written.contains('\n') {
        std::borrow::Cow::Owned(written.replace('\n', " "))
    } else {
        std::borrow::Cow::Borrowed(written)
    };
    let mut name: &str = &flat;
    let mut of_dialogue = false;
    if close == ',' {
        const STATUS_LEADS: &[&str] = &["which has ", "which holds ", "with "];
        let status = STATUS_LEADS.iter().find_map(|lead| name.strip_prefix(lead));
        name = match status {
            Some(status) => {
                let status = ["in the dialogue", "in the Rabat Process"]
                    .iter()
                    .find_map(|of| status.strip_suffix(of))
                    .map_or(status, str::trim_end);
                status.strip_suffix(" status")?
            }
            // "Jordan, invited as a guest, shared ...".
            None => ["as ", "an ", "a ", "invited as "]
                .iter()
                .find_map(|lead| name.strip_prefix(lead))?,
        };
        // Of the dialogue, which is what the capacity says anyway.
        if let Some(office) = [
            "to the dialogue",
            "of the dialogue",
            "to the Rabat Process",
            "of the Rabat Process",
        ]
        .iter()
        .find_map(|of| name.strip_suffix(of))
        {
            name = office.trim_end();
            of_dialogue = true;
        }
    }
    let name = name
        .strip_prefix("an ")
        .or_else(|| name.strip_prefix("a "))
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    let role = super::labels::role_named(name)?;
    let in_meeting = !of_dialogue || role == Role::Observer;
    Some((in_meeting.then_some(role), open + 1 + end + 1))
}

/// The roles `listed` plays where a reading gives `roles`, with those of its stated
/// capacity ("Spain (host) and Senegal co-chaired": host and co-chair). A capacity of
/// taking part stands for the reading's instead ("Algeria (observer) and Libya attended":
/// an observer only), as does any capacity where the reading gives only taking part.
fn roles_of(doc: &Doc<'_>, listed: &Listed, roles: &[Role]) -> SmallVec<[Role; 3]> {
    let taking_part = |r: &Role| matches!(r, Role::Participant | Role::Observer | Role::Guest);
    let mut all: SmallVec<[Role; 3]> = SmallVec::new();
    match capacity_at(doc, listed.end) {
        None | Some((None, _)) => all.extend_from_slice(roles),
        Some((Some(role), _)) => {
            all.push(role);
            if !taking_part(&role) && !roles.iter().all(taking_part) {
                all.extend(roles.iter().copied().filter(|&r| r != role));
            }
        }
    }
    all
}

/// The roles the parties of `listed` hold by a cue that names `roles`, each as `roles_of`
/// gives them; but partners named after a host ("hosted by Morocco in cooperation with
/// ICMPD", and those listed after them) organised the meeting with it: hosting is the
/// host's alone.
pub(crate) fn each_role<'l>(
    doc: &'l Doc<'_>,
    listed: &'l [Listed],
    roles: &'l [Role],
) -> impl Iterator<Item = (Role, &'l Party)> + 'l {
    const HOSTS_PARTNERS: &[Role] = &[Role::Organiser];
    let mut partner = false;
    let mut last_end = None;
    listed.iter().flat_map(move |l| {
        if let Some(end) = last_end
            && roles.contains(&Role::Host)
        {
            // Every partnering phrase ends with "with" or "avec": most gaps ("and") have
            // neither, and are not lowercased.
            let gap = doc.slice(end, l.start);
            partner |= (gap.contains("with") || gap.contains("avec")) && {
                let gap = gap.to_ascii_lowercase();
                PARTNERING
                    .iter()
                    .filter(|p| !p.starts_with("together") && !p.starts_with("jointly"))
                    .any(|p| crate::text::contains_word(&gap, p))
            };
        }
        last_end = Some(l.end);
        let roles = if partner { HOSTS_PARTNERS } else { roles };
        roles_of(doc, l, roles)
            .into_iter()
            .map(move |r| (r, &l.party))
    })
}

/// Whether `gap` joins two parties of one list: only joining words, but not ", with", which
/// opens a clause of its own ("hosted by Mali, with Italy as co-chair").
fn joins(gap: &str) -> bool {
    let with_clause = || {
        let word = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
        word.eq_ignore_ascii_case("with") && gap.contains(',')
    };
    only(gap, JOINING, ",()&/") && !with_clause()
}

/// The partners named after a clause, in `from..limit`: "the Rabat Process organised a
/// training in Niamey, in cooperation with Frontex and Interpol" (the subject's partners in
/// what it did).
pub(crate) fn partners_after(doc: &Doc<'_>, from: usize, limit: usize) -> List {
    // Only the clause's first words are searched, so that a sentence of many cues is not
    // read once per cue.
    const REACH: usize = 160;
    let rest = head(doc.slice(from, limit), REACH);
    // Every partnering phrase ends with " with" or " avec": their "w"s and "v"s are found
    // first.
    let bytes = rest.as_bytes();
    let at = memchr::memchr2_iter(b'w', b'v', bytes).find_map(|i| {
        let (word, at) = match bytes.get(i) {
            Some(b'w') => (" with", i.checked_sub(1)?),
            _ => (" avec", i.checked_sub(2)?),
        };
        let phrase_end = at + word.len();
        let before = rest.get(..at + 1)?;
        (rest
            .get(at..phrase_end)
            .is_some_and(|w| starts_with_spaced(w, word))
            && PARTNERING.iter().any(|p| {
                p.strip_suffix(word.trim_start())
                    .is_some_and(|p| ends_with_spaced(before, p))
            }))
        .then_some(phrase_end)
    });
    match at {
        Some(at) => after(doc, from + at, limit, true).0,
        None => List::new(),
    }
}

/// Means a body may give a meeting without a role in it.
const MEANS: &[&str] = &[
    "funding",
    "support",
    "financing",
    "assistance",
    "funds",
    "grant",
    "contribution",
];

/// Whether the word after a name ending at folded `end` makes the name qualify a means
/// rather than name a party: "EU funding", "IOM support".
fn names_means(doc: &Doc<'_>, end: usize) -> bool {
    let next = head(doc.slice(end, doc.text().len()), 16)
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("");
    MEANS.iter().any(|m| m.eq_ignore_ascii_case(next))
}

/// Whether the words before a name starting at folded `start` make it the source of a
/// means rather than a party: "the financial support of the European Union", "funding
/// from the EU", "funded by the EU".
pub(crate) fn means_of(doc: &Doc<'_>, start: usize) -> bool {
    const REACH: usize = 24;
    const SOURCES: &[&str] = &["of", "from", "by"];
    let before = tail(doc.text(), start, REACH);
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut word = words.next().unwrap_or("");
    if word.eq_ignore_ascii_case("the") {
        word = words.next().unwrap_or("");
    }
    let means = words.next().unwrap_or("");
    one_of(word, SOURCES) && (one_of(means, MEANS) || one_of(means, &["funded", "financed"]))
}

/// The parties joined to those before a cue, listed right after it from `from` up to
/// `limit`, perhaps past the cue's object: "Representatives of 21 partner countries
/// attended, as well as the European Commission and IOM", "Nigeria co-chaired the meeting
/// together with Germany".
pub(crate) fn joined_after(doc: &Doc<'_>, from: usize, limit: usize) -> List {
    const JOINING: &[&str] = &[
        // "Niger and Mali attended, as did Cabo Verde".
        "as did",
        "as well as",
        "together with",
        "along with",
        "alongside",
        "with",
        // French: "Le Mali a participé, ainsi que l'ONUDC et l'OIM".
        "ainsi que",
        "de meme que",
        "aux cotes de",
        "avec",
    ];
    // The object is a few lowercase words: "the meeting", "the two-day workshop".
    const OBJECT_WORDS: usize = 3;
    // Words may be wrapped over lines: a line break between them is a space.
    const SPACES: [char; 3] = [' ', ',', '\n'];
    let rest = doc.slice(from, limit);
    let mut opening = rest.trim_start_matches(SPACES);
    for _ in 0..=OBJECT_WORDS {
        if let Some(phrase) = crate::text::starts_with_any(opening, JOINING)
            .filter(|p| matches!(opening.as_bytes().get(p.len()), Some(b' ' | b'\n')))
        {
            let at = from + (rest.len() - opening.len()) + phrase.len();
            return after(doc, at, limit, false).0;
        }
        let word_len = opening
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || *b == b'-')
            .count();
        if word_len == 0 || !matches!(opening.as_bytes().get(word_len), Some(b' ' | b'\n')) {
            break;
        }
        opening = opening
            .get(word_len..)
            .unwrap_or("")
            .trim_start_matches(SPACES);
    }
    List::new()
}

/// The parties listed right after `from`, up to `limit`. With `unknown`, a capitalised name
/// the lexicon does not know is kept as an organisation ("organised by the Sahel
/// Institute"). Gives the list and where it ends.
pub(crate) fn after(doc: &Doc<'_>, from: usize, limit: usize, unknown: bool) -> (List, usize) {
    let hits = doc.hits_in(from, limit);
    let mut listed = List::new();
    let mut pos = from;
    let mut next = 0;
    // Whether the dialogue's own name was stepped over at the list's head: what follows
    // is joined to it as to a party ("organised by the Rabat Process Secretariat and the
    // Malian Ministry ...").
    let mut after_dialogue = false;
    while listed.len() < MAX_LIST {
        let opening = listed.is_empty() && !after_dialogue;
        let hit = hits.get(next).copied();
        let gap_end = hit.map_or(limit, |h| h.start);
        let gap = doc.slice(pos, gap_end);
        // Judged only where a name follows: the gap to the end may be long.
        // "chaired by the Rabat Process chair, Senegal": the party is named after the
        // office it holds in the dialogue.
        let chair_then = || describes_chair(gap) && gap.trim_end().ends_with(',');
        let fits = || {
            if opening {
                // "Observers: Algeria, Switzerland" within a line.
                only(gap, LEADING, ",()&/:")
                    || french_ministry(gap)
                    || secretariat_then(gap)
                    || person_then_office(gap)
                    || serves_nationals_abroad(doc, gap, hit)
                    || office_for_purpose(gap)
                    || chair_then()
                    // "the current Chair of the Rabat Process, Senegal"
                    || describes_chair(gap)
                        && hit.is_some_and(|h| doc.names(h).any(|n| matches!(n, Name::Dialogue)))
            } else if listed.is_empty() {
                // After the dialogue's own name, ", with" names whom it worked with.
                only(gap, JOINING, ",()&/") || chair_then()
            } else {
                // "hosted by Senegal with Spain as co-chair": "with" opens a clause of
                // its own when a capacity follows the party it names.
                let with_capacity = || {
                    let word = gap.trim();
                    word.eq_ignore_ascii_case("with")
                        && hit.is_some_and(|h| {
                            let after = doc.slice(h.end, limit);
                            let clause = after.split([',', '.', ';']).next().unwrap_or("");
                            crate::text::contains_word(&clause.to_ascii_lowercase(), "as")
                        })
                };
                joins(gap) && !with_capacity()
                    || office_for_purpose(gap)
                    || next_person_in_office(gap)
                    || serves_nationals_abroad(doc, gap.trim_start_matches([',', ' ']), hit)
                    || chair_then()
                    || next_person(gap)
            }
        };
        if let Some(h) = hit.filter(|_| fits()) {
            // "co-chaired by representatives of the Gambia and Sweden": the list is of
            // those they stand for.
            if opening && stands_for(doc, h) {
                next += 1;
                pos = h.end;
                continue;
            }
            // "the Rabat Process Secretariat (ICMPD)": the body that serves the dialogue,
            // named in parentheses, is the party.
            if doc.is_framework(h)
                && let Some(&named) = hits.get(next + 1)
                && only_secretariat(doc.slice(h.end, named.start))
                && doc.slice(named.end, limit).trim_start().starts_with(')')
            {
                next += 1;
                pos = h.end;
                continue;
            }
            match party_at(doc, h) {
                // "organised by Senegal with EU funding": the name qualifies the means.
                Some((_, end)) if names_means(doc, end) => break,
                Some((party, end)) => {
                    let is_body = matches!(party, Party::Organisation(_));
                    listed.push(Listed {
                        party,
                        start: h.start,
                        end,
                    });
                    // "Algeria (observer), IOM": the list goes on after the capacity.
                    pos = capacity_at(doc, end).map_or(end, |(_, e)| e);
                    // "the EU Delegation to Senegal, IOM": where a body's office is.
                    if is_body
                        && let Some(located_end) = office_located(doc, hits.get(next + 1), pos)
                    {
                        pos = located_end;
                    }
                    next += 1;
                    while hits.get(next).is_some_and(|h| h.start < pos) {
                        next += 1;
                    }
                    continue;
                }
                // "in cooperation with the Khartoum Process and UNODC": a dialogue or
                // process holds no role, but those joined to it may.
                None if opening
                    && doc
                        .names(h)
                        .any(|n| matches!(n, Name::Dialogue | Name::Process(_))) =>
                {
                    after_dialogue = true;
                    pos = h.end;
                    next += 1;
                    continue;
                }
                None => break,
            }
        }
        // No known name next: perhaps an acronym the page introduced ("SMO"), or, where
        // `unknown` allows, a name the lexicon does not know.
        let lead = gap.len() - gap.trim_start_matches([' ', ',']).len();
        let join_len = if opening {
            0
        } else {
            joiner_len(gap.get(lead..).unwrap_or(""))
        };
        let start = pos + lead + join_len;
        let after_comma = gap.get(..lead).is_some_and(|g| g.contains(','));
        let may_follow = opening || join_len > 0 || after_comma;
        let rest = doc.slice(start, gap_end);
        let word = strip_articles(rest)
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("");
        // Or the name such an acronym stands for: "organised by the Sahel Migration
        // Observatory (SMO)".
        let named = strip_articles(rest.trim_start());
        if may_follow && let Some((org, len)) = doc.introduced_at(named) {
            let name_start = start + (rest.len() - named.len());
            listed.push(Listed {
                party: Party::Organisation(org.clone()),
                start: name_start,
                end: name_start + len,
            });
            pos = name_start + len;
            while hits.get(next).is_some_and(|h| h.start < pos) {
                next += 1;
            }
            continue;
        }
        if may_follow && let Some(org) = doc.acronym(word) {
            let word_start = start + rest.find(word).unwrap_or(0);
            listed.push(Listed {
                party: Party::Organisation(org.clone()),
                start: word_start,
                end: word_start + word.len(),
            });
            pos = word_start + word.len();
            continue;
        }
        // "Participants: Partner countries, European Commission, ECOWAS": a group
        // described is no party, but the list goes on after it; so does the dialogue's
        // ("Rabat Process partner countries, ECOWAS").
        if (may_follow || after_dialogue && listed.is_empty())
            && let Some(len) = described_group(rest)
            && rest.get(len..).is_some_and(|r| !r.is_empty())
        {
            pos = start + len;
            while hits.get(next).is_some_and(|h| h.start < pos) {
                next += 1;
            }
            continue;
        }
        if may_follow
            && let Some((org, len)) = unknown_organisation(rest)
                .and_then(|(org, len)| {
                    // A name cut by the next name the lexicon knows may run on over it.
                    let cut = doc.slice(start + len, gap_end).trim().is_empty();
                    cut.then(|| body_over_words(doc, start, gap_end, limit))
                        .flatten()
                        .or(Some((org, len)))
                })
                .filter(|(org, _)| unknown || names_a_body(org.as_str()))
        {
            let name_start = start + (rest.len() - rest.trim_start().len());
            // "hosted by Ethopia": a country misspelt is still the country.
            let party = match crate::lexicon::country_misspelt(org.as_str()) {
                Some(country) => Party::Country(country),
                None => Party::Organisation(org),
            };
            let (party, end) =
                known_acronym_after(doc, start + len).unwrap_or((party, start + len));
            listed.push(Listed {
                party,
                start: name_start,
                end,
            });
            pos = end;
            while hits.get(next).is_some_and(|h| h.start < pos) {
                next += 1;
            }
            continue;
        }
        // "Italy, as current Chair of the Rabat Process, and Senegal": step over the clause.
        if !listed.is_empty()
            && let Some(resume) = apposition_end(doc, pos, limit)
        {
            pos = resume;
            while hits.get(next).is_some_and(|h| h.start < pos) {
                next += 1;
            }
            continue;
        }
        break;
    }
    (listed, pos)
}

/// A body the lexicon does not know whose name, read from folded `start`, runs on over
/// words the lexicon knows as no party, up to `limit` or the first party named: "the Kofi Annan International
/// Peacekeeping Training Centre", where "Training" names a kind of meeting and would
/// otherwise cut the name at `gap_end`. Gives the name and its length from `start`.
fn body_over_words(
    doc: &Doc<'_>,
    start: usize,
    gap_end: usize,
    limit: usize,
) -> Option<(Organisation, usize)> {
    const PARTIES: u16 = class::COUNTRY
        | class::DEMONYM
        | class::AMBIGUOUS
        | class::CITY
        | class::ORGANISATION
        | class::PROCESS
        | class::DIALOGUE;
    if gap_end >= limit {
        return None;
    }
    let limit = doc
        .hits_in(gap_end, limit)
        .iter()
        .find(|h| h.may_name(PARTIES))
        .map_or(limit, |h| h.start);
    let (org, len) = unknown_organisation(doc.slice(start, limit))?;
    (start + len > gap_end && names_a_body(org.as_str())).then_some((org, len))
}

/// Words that end the name of a body ("the European External Action Service", "the
/// National Agency for ...").
const BODY_WORDS: &[&str] = &[
    "Service",
    "Agency",
    "Organisation",
    "Organization",
    "Office",
    "Centre",
    "Center",
    "Institute",
    "Fund",
    "Foundation",
    "Network",
    "Bank",
    "Programme",
    "Observatory",
    "Association",
    "Federation",
];

/// How far into a list of those present bodies the lexicon does not know are looked for.
const BODY_REACH: usize = 600;
/// The most words of a body's name before its body word.
const MAX_NAME_WORDS: usize = 8;
/// How far a body's name may go on after its body word, in bytes.
const MAX_NAME_TAIL: usize = 120;

/// Adds to `list` the countries that folded `from..to` lists misspelt by a letter
/// ("representatives of Ethopia, Mali and Nigeria"): a capitalised word the lexicon does
/// not know, set off as a list's item is, by commas, "and" or the list's ends.
pub(crate) fn misspelt_countries(doc: &Doc<'_>, from: usize, to: usize, list: &mut List) {
    const JOINERS: &[&str] = &["and", "et", "of", "from", "de", "as", "well"];
    let text = head(doc.slice(from, to), BODY_REACH);
    // The words with their folded offsets, each read beside the ones around it.
    let mut offset = from;
    let mut pieces = text
        .split(' ')
        .map(|piece| {
            let start = offset;
            offset += piece.len() + 1;
            (start, piece)
        })
        .filter(|(_, piece)| !piece.is_empty())
        .peekable();
    let mut before: Option<&str> = None;
    while let Some((start, piece)) = pieces.next()
        && list.len() < MAX_LIST
    {
        let word = piece.trim_end_matches([',', '.', ';']);
        let end = start + word.len();
        let set_off = |next: Option<&(usize, &str)>| {
            before.is_none_or(|p| p.ends_with(',') || one_of(p, JOINERS))
                && (word.len() < piece.len()
                    || next.is_none_or(|&(_, p)| one_of(p, &["and", "et"])))
        };
        let candidate = word.len() >= 5
            && word.starts_with(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && set_off(pieces.peek())
            && doc.first_hit_in(start, end).is_none()
            && !doc.name_across(start + 1);
        if let Some(country) = candidate
            .then(|| crate::lexicon::country_misspelt(word))
            .flatten()
            && !list.iter().any(|l| l.party == Party::Country(country))
        {
            list.push(Listed {
                party: Party::Country(country),
                start,
                end,
            });
        }
        before = Some(piece);
    }
}

/// Adds to `list` the bodies the lexicon does not know that folded `from..to` names by
/// capitalised words ending in a word for a body ("the European External Action
/// Service"), each once. A name holding a name the lexicon knows is left to it.
pub(crate) fn unknown_bodies(doc: &Doc<'_>, from: usize, to: usize, list: &mut List) {
    // The body words are found by an automaton rather than by walking every word: most
    // lists have none.
    static BODY_FINDER: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| AhoCorasick::new(BODY_WORDS).ok());
    let Some(finder) = BODY_FINDER.as_ref() else {
        return;
    };
    let to = to.min(from.saturating_add(BODY_REACH));
    let text = head(doc.slice(from, to), BODY_REACH);
    for found in finder.find_iter(text) {
        let (here, body_end) = (found.start(), found.end());
        // A whole word only, after a space.
        let whole = text.get(..here).is_some_and(|b| b.ends_with(' '))
            && !text
                .get(body_end..)
                .is_some_and(|a| a.starts_with(|c: char| c.is_alphanumeric()));
        if list.len() >= MAX_LIST || !whole {
            continue;
        }
        // Back over the capitalised words and joiners of the name to its first word.
        let before = text.get(..here).unwrap_or("");
        let mut start = here;
        let mut capitals = 1;
        // A name has a few words: the walk back and the look ahead are bounded, so that a
        // list of many bodies is read in linear time.
        for w in before.split(' ').rev().skip(1).take(MAX_NAME_WORDS) {
            let capital = w.starts_with(|c: char| c.is_uppercase());
            if !(capital || matches!(w, "of" | "for" | "on" | "de" | "du" | "des" | "la")) {
                break;
            }
            start -= w.len() + 1;
            capitals += usize::from(capital);
        }
        // The name may go on after the body word ("Agency for the Prohibition of ..."), up
        // to the next comma or "and", which part the list.
        let after = head(text.get(body_end..).unwrap_or(""), MAX_NAME_TAIL);
        let name_end = body_end
            + [", ", " and ", ";", "(", ". "]
                .iter()
                .filter_map(|stop| after.find(stop))
                .min()
                .unwrap_or(after.len());
        let name = text.get(start..name_end).unwrap_or("");
        if capitals < 2 || !name.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let Some((org, len)) =
            unknown_organisation(name).filter(|&(_, len)| start + len >= body_end)
        else {
            continue;
        };
        let (s, e) = (from + start, from + start + len);
        // Named by its acronym too, which the lexicon knows: the acronym is read as the party.
        if known_acronym_after(doc, e).is_some() {
            continue;
        }
        let known_inside = doc.hits_in(s, e).iter().any(|&h| {
            doc.party(h, false).is_some() || doc.is_framework(h) || doc.kind(h).is_some()
        });
        // A name read already, as a country's office ("the Ghanaian Immigration Service"),
        // is no second party.
        let read = list
            .iter()
            .any(|l| l.party == Party::Organisation(org.clone()) || l.start < e && s < l.end);
        if !known_inside && !read {
            list.push(Listed {
                party: Party::Organisation(org),
                start: s,
                end: e,
            });
        }
    }
}

/// The party a known acronym in parentheses right after an unknown name ending at folded
/// `end` names, and where the parenthesis closes: "the Organisation Internationale pour les
/// Migrations (OIM)" names the party "OIM" names, not a second one.
fn known_acronym_after(doc: &Doc<'_>, end: usize) -> Option<(Party, usize)> {
    let (acronym, close) = parenthesised_name(doc, end)?;
    Some((doc.party(acronym, false)?, close))
}

/// Whether `gap` is only "(", perhaps after "Secretariat", between a dialogue's name and
/// the body named in parentheses.
fn only_secretariat(gap: &str) -> bool {
    gap.trim().strip_suffix('(').is_some_and(|w| {
        let w = w.trim();
        w.is_empty() || w.eq_ignore_ascii_case("secretariat")
    })
}

/// Whether the name `name` ends as the names of bodies do ("the Migration Policy
/// Institute", "the Sahel Observatory"), as no person's name does: where only known
/// parties are looked for (a chair, a host), such a name is kept all the same.
fn names_a_body(name: &str) -> bool {
    const BODIES: &[&str] = &[
        "institute",
        "centre",
        "center",
        "foundation",
        "organisation",
        "organization",
        "agency",
        "office",
        "observatory",
        "network",
        "council",
        "association",
        "authority",
        "partnership",
        "programme",
        "fund",
        "academy",
        "university",
    ];
    let last = name.rsplit(' ').next().unwrap_or("");
    BODIES.iter().any(|b| b.eq_ignore_ascii_case(last))
}

/// Whether `gap` names a French ministry or its minister before the country they serve:
/// "le Ministre des Affaires étrangères du", "S.E. le Ministre de l'Intérieur du". Its
/// "des" is of the office, as "des experts sénégalais" has none.
fn french_ministry(gap: &str) -> bool {
    let mut words = gap
        .split(|c: char| c.is_whitespace() || c == '\'')
        .filter(|w| !w.is_empty())
        .peekable();
    // After an honorific: "S.E. le Ministre".
    words.next_if(|w| one_of(w, &["s.e.", "h.e."]));
    let opens = words.next().is_some_and(|w| one_of(w, &["le", "la"]))
        && words
            .peek()
            .is_some_and(|w| one_of(w, &["ministre", "ministere"]));
    opens && words.all(|w| one_of(w, &["des", "l"]) || only(w, LEADING, ""))
}

/// Whether `gap` names a person by title and name, then the office they hold in the party
/// that follows ("chaired by Ms. Ana Silva, Director at the Portuguese Ministry of Foreign
/// Affairs"): the party is the holder.
fn person_then_office(gap: &str) -> bool {
    const EXCELLENCY: &[&str] = &["his excellency", "her excellency"];
    const MAX_NAME_WORDS: usize = 5;
    // Besides the offices of `only`, those over migration and borders: "Director of
    // Migration of Senegal", "Head of the National Police of Niger".
    const OFFICE_LINKS: &[&str] = &[
        "at",
        "of",
        "in",
        "to",
        "the",
        "head",
        "delegate",
        "migration",
        "immigration",
        "emigration",
        "borders",
        "police",
        "labour",
        "employment",
        "chief",
        "national",
        "abroad",
        "unit",
    ];
    let rest = gap.trim_start();
    let mut titles = crate::text::PERSON_TITLES.iter().chain(EXCELLENCY);
    let Some(after_title) = titles.find_map(|t| {
        let r = rest.get(..t.len()).filter(|p| p.eq_ignore_ascii_case(t))?;
        let after = rest.get(r.len()..)?.trim_start_matches('.');
        after.starts_with([' ', '\n']).then_some(after)
    }) else {
        return false;
    };
    // "chaired by Mrs. Jane Doe (Cameroon)": the party in parentheses after the name.
    if let Some(name) = bracketed_party_follows(after_title) {
        return few_capitalised(name, MAX_NAME_WORDS, &[]);
    }
    let Some((name, office)) = after_title.split_once(',') else {
        return false;
    };
    few_capitalised(name, MAX_NAME_WORDS, &[]) && only(office, OFFICE_LINKS, "-")
}

/// Whether `gap`, after a party named in parentheses after its person, joins the next
/// person so named: ") and Mr. John Smith (" in "co-chaired by Mrs. Jane Doe (Cameroon)
/// and Mr. John Smith (France)".
fn next_person(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix(')') else {
        return false;
    };
    let rest = after_joiner(rest);
    person_then_office(rest) && bracketed_party_follows(rest).is_some()
}

/// Whether `gap`, after a party named after its person's office, joins the next person
/// so named: ", and Mr. Jean Dupont, Head of Unit at the" before "French Ministry".
fn next_person_in_office(gap: &str) -> bool {
    gap.starts_with([',', ' ']) && person_then_office(after_joiner(gap))
}

/// `text` without the "the " it opens with, however often.
fn strip_articles(mut text: &str) -> &str {
    // By hand: a pattern of several bytes builds a searcher on every call.
    while let Some(rest) = text.strip_prefix("the ") {
        text = rest;
    }
    text
}

/// `text` after a leading "and" or "et", and the commas and spaces around it.
fn after_joiner(text: &str) -> &str {
    let rest = text.trim_start_matches([' ', ',']);
    rest.strip_prefix("and ")
        .or_else(|| rest.strip_prefix("et "))
        .unwrap_or(rest)
}

/// What comes before a parenthesis that opens right before a party, perhaps with its
/// "the" ("Mr. Lamin Jallow (the Gambia)"): `text` up to the parenthesis, if it ends so.
fn bracketed_party_follows(text: &str) -> Option<&str> {
    let text = text.trim_end();
    let text = text
        .strip_suffix("the")
        .filter(|t| t.ends_with('('))
        .unwrap_or(text);
    text.strip_suffix('(')
}

/// Whether `text` is at most `max` words, each capitalised or one of `joiners`: a name.
fn few_capitalised(text: &str, max: usize, joiners: &[&str]) -> bool {
    let words = text.split_whitespace();
    words.clone().count() <= max
        && words
            .into_iter()
            .all(|w| w.starts_with(char::is_uppercase) || joiners.contains(&w))
}

/// Where the words that locate a body's office end, when they follow it at folded `at`
/// and the next hit is the country or city they name: " to Senegal" in "the EU Delegation
/// to Senegal, IOM", " in Mali" in "IOM in Mali and UNHCR", " Regional Office in Dakar" in
/// "the UNHCR Regional Office in Dakar, IOM". The list goes on after them.
fn office_located(doc: &Doc<'_>, next: Option<&Hit>, at: usize) -> Option<usize> {
    let &place = next?;
    if !is_seat_gap(doc.slice(at, place.start)) {
        return None;
    }
    let after = doc.slice(place.end, doc.text().len());
    let list_goes_on =
        after.starts_with([',', ';', ')', '.']) || after.starts_with(" and ") || after.is_empty();
    let named = doc.country_at(place.start, place.end).is_some()
        || doc.city_at(place.start, place.end).is_some();
    (list_goes_on && named).then_some(place.end)
}

/// Whether `gap` names an office by what it is for, then the party that holds it ("the
/// Directorate-General for Migration of Senegal", "the Secretary of State for Migration
/// of Spain", "the Ministry of External Relations of Cameroon"): an office, "for" or
/// "of", a few capitalised words, and "of".
fn office_for_purpose(gap: &str) -> bool {
    const MAX_PURPOSE_WORDS: usize = 5;
    // Most gaps end otherwise: that is told from their last bytes.
    let gap = gap.trim_end();
    let Some(named) = gap
        .strip_suffix(" of the")
        .or_else(|| gap.strip_suffix(" of"))
    else {
        return false;
    };
    let Some((office, purpose)) = named
        .split_once(" for ")
        .or_else(|| named.split_once(" of "))
    else {
        return false;
    };
    let names_purpose = few_capitalised(purpose, MAX_PURPOSE_WORDS, &["and"]);
    let holds_office = office.split_whitespace().any(|w| {
        OFFICE_WORDS
            .iter()
            .chain(OFFICES)
            .any(|o| o.eq_ignore_ascii_case(w))
    });
    names_purpose && holds_office && (only(office, LEADING, "") || joins(office))
}

/// Whether hit `h` names those who act for the parties named after it: "representatives
/// of", "delegations from".
fn stands_for(doc: &Doc<'_>, h: Hit) -> bool {
    if !h.may_name(class::CUE) {
        return false;
    }
    let words = doc.slice(h.start, h.end);
    ["representative", "delegation"].iter().any(|w| {
        words
            .get(..w.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(w))
    }) && doc.names(h).any(|n| matches!(n, Name::Cue(Cue::Gathered)))
}

/// Whether `gap` opens the name of a ministry that the demonym hit `hit` completes, as the
/// nationals abroad it serves: "the Ministry of Foreign Affairs and" before "Senegalese
/// Abroad", "the Ministry of" before "Malians Abroad and African Integration". The
/// ministry is that of the demonym's country.
fn serves_nationals_abroad(doc: &Doc<'_>, gap: &str, hit: Option<Hit>) -> bool {
    const MAX_WORDS: usize = 10;
    const MINISTRIES: &[&str] = &["ministry", "ministries", "ministere"];
    // Told first by the words after the hit, which seldom are these.
    if hit.is_none_or(|h| abroad_after(doc, h).is_none()) {
        return false;
    }
    // Most gaps end otherwise: that is told from their last bytes.
    let gap = gap.trim_end();
    let Some(named) = gap.strip_suffix(" and").or_else(|| gap.strip_suffix(" of")) else {
        return false;
    };
    let mut ministry = false;
    let opens_name = named
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .enumerate()
        .all(|(n, w)| {
            ministry |= one_of(w, MINISTRIES);
            n < MAX_WORDS
                && (w.starts_with(char::is_uppercase)
                    || one_of(w, LEADING)
                    || one_of(w, &["and", "for"]))
        });
    opens_name && ministry
}

/// How far before nationals abroad the ministry that serves them is named, in bytes.
const MINISTRY_REACH: usize = 80;

/// Where the name of the ministry that the demonym hit `h` completes ends, as it names
/// the nationals abroad it serves: "the Ministry of Malians Abroad hosted". The name opens
/// after `floor`.
fn ministry_abroad_end(doc: &Doc<'_>, h: Hit, floor: usize) -> Option<usize> {
    let end = abroad_after(doc, h)?;
    let window = doc.slice(floor.max(h.start.saturating_sub(MINISTRY_REACH)), h.start);
    // The last "Ministry" before the demonym, in any case.
    let at = window
        .rfind("Ministry")
        .or_else(|| window.rfind("ministry"))?;
    let named = window.get(at..)?;
    serves_nationals_abroad(doc, named, Some(h)).then_some(end)
}

/// Where the name of the nationals abroad that the demonym hit `h` opens ends: " Abroad"
/// after "Senegalese", and the ministry's name on after it ("Malians Abroad and African
/// Integration"). `None` if the demonym names no nationals abroad.
fn abroad_after(doc: &Doc<'_>, h: Hit) -> Option<usize> {
    const ABROAD: &[&str] = &[" Abroad", " Living Abroad", " Residing Abroad"];
    // The most words of the name after "and".
    const MAX_WORDS: usize = 4;
    let rest = head(doc.slice(h.end, doc.text().len()), 40);
    let abroad = ABROAD.iter().find(|a| {
        crate::text::starts_with_spaced(rest, a)
            && !rest
                .as_bytes()
                .get(a.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    })?;
    if doc.party(h, false).is_some() || doc.party(h, true).is_none() {
        return None;
    }
    let end = h.end + abroad.len();
    // "and African Integration": capitalised words after "and" go on with the name
    // unless they name a party of their own.
    let Some(more) = head(doc.slice(end, doc.text().len()), 60).strip_prefix(" and ") else {
        return Some(end);
    };
    let more_start = end + " and ".len();
    let names_party = doc
        .first_hit_in(more_start, doc.text().len())
        .is_some_and(|next| next.start == more_start && doc.party(next, false).is_some());
    if names_party {
        return Some(end);
    }
    let mut name_end = end;
    let mut pos = more_start;
    for word in more.split(' ').take(MAX_WORDS) {
        let whole = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !whole.starts_with(char::is_uppercase) {
            break;
        }
        name_end = pos + whole.len();
        if whole.len() < word.len() {
            break;
        }
        pos += word.len() + 1;
    }
    Some(name_end)
}

/// Whether `gap` names the dialogue's secretariat alone and joins what follows to it
/// ("organised by the Secretariat, IOM and the Government of Ghana"): the secretariat holds
/// no role, by the contract, and the list goes on after it.
fn secretariat_then(gap: &str) -> bool {
    const SECRETARIAT: &str = "secretariat";
    let rest = gap.trim_start();
    let rest = match rest.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => rest.get(4..).unwrap_or(""),
        _ => rest,
    };
    let (Some(named), Some(joiner)) =
        (rest.get(..SECRETARIAT.len()), rest.get(SECRETARIAT.len()..))
    else {
        return false;
    };
    named.eq_ignore_ascii_case(SECRETARIAT)
        && !joiner.trim().is_empty()
        && only(joiner, JOINING, ",()&/")
}

/// Whether `gap` describes a chair of the dialogue, and nothing else: "the current Chair of
/// the" (before "Rabat Process"), ", and by the incoming Chair,".
fn describes_chair(gap: &str) -> bool {
    const CHAIRS: &[&str] = &["chair", "co-chair", "chairperson", "chairs", "co-chairs"];
    const DESCRIBING: &[&str] = &[
        "the", "current", "incoming", "outgoing", "new", "of", "and", "by", "its",
    ];
    let mut words = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let mut chair = false;
    let all = words.all(|w| {
        let is_chair = one_of(w, CHAIRS);
        chair |= is_chair;
        is_chair || one_of(w, DESCRIBING)
    });
    all && chair
}

/// The length of a leading "and " or ", " joiner.
fn joiner_len(text: &str) -> usize {
    match text.as_bytes().get(..4) {
        Some(lead) if lead.eq_ignore_ascii_case(b"and ") => 4,
        _ => 0,
    }
}

/// The parties an observer cue ends right before `from` lists up to `limit`, perhaps by
/// example ("observers such as IOM and UNHCR"), and where the list ends.
pub(crate) fn observers_after(doc: &Doc<'_>, from: usize, limit: usize) -> (List, usize) {
    let rest = doc.slice(from, limit);
    let lead = ["such as ", "namely ", "like "]
        .iter()
        .find_map(|w| {
            let body = rest.trim_start_matches([' ', ',', ':']);
            let opens = body.get(..w.len())?.eq_ignore_ascii_case(w);
            opens.then_some(rest.len() - body.len() + w.len())
        })
        .unwrap_or(0);
    after(doc, from + lead, limit, false)
}

/// What may stand between the last party of a list and the cue after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Auxiliaries only: "Spain has hosted".
    Auxiliary,
    /// Verbs of attending too: "Algeria attended as an observer".
    Attending,
    /// Auxiliaries, or a clause set off by commas or dashes: "Lebanon – a country that is
    /// not partner – was invited".
    Apposition,
    /// The words that join a list ("and", ","): the list goes on from a party already read.
    Joined,
}

/// The parties listed right before `to`, back to `floor`, in text order, with `gap` saying
/// what may stand between the last of them and `to`.
pub(crate) fn before(doc: &Doc<'_>, to: usize, floor: usize, allowed: Gap) -> List {
    // "SMO organised", "the Sahel Migration Observatory (SMO) organised": an organisation
    // the page introduced, right before the cue; a name and its acronym are one party.
    let acronym = doc
        .introduced_ending_at(to)
        .filter(|&(_, start)| start >= floor)
        .map(|(org, start)| Listed {
            party: Party::Organisation(org.clone()),
            start,
            end: start + doc.slice(start, to).trim_end().len(),
        });
    if let Some(first) = acronym {
        // The list may go on before it: "IOM and SMO organised".
        let start = first.start;
        let mut listed = before(doc, start, floor, Gap::Joined);
        listed.push(first);
        return listed;
    }
    // "Burkina Faso, the Chair of the Rabat Process, organises": step over the clause
    // between the delimiters, names in it included. A clause that joins parties to those
    // before it is the list's end, not an apposition: "Belgium and Mali, as well as the
    // European Commission, took part".
    if allowed == Gap::Apposition
        && let Some(open) = apposition_start(doc, to, floor)
        && !only_parties(doc, open + 1, to)
        && !doc
            .slice(open + 1, to)
            .trim_start()
            .starts_with("as well as ")
    {
        let mut listed = before(doc, open, floor, Gap::Auxiliary);
        if !listed.is_empty() {
            // "IOM, in partnership with the Government of Senegal, organized": both did.
            let clause = doc.slice(open + 1, to).trim_start().to_ascii_lowercase();
            let partnering = PARTNERING.iter().any(|p| starts_with_spaced(&clause, p));
            if partnering && !clause.contains(" as ") {
                let (partners, _) = after(doc, open + 1, to, false);
                listed.extend(partners);
            }
            return listed;
        }
    }
    let hits = doc.hits_in(floor, to);
    let mut listed = List::new();
    let mut pos = to;
    // Whether the party read last was a demonym with its office, which the demonyms joined
    // before it share ("the Gambian and Guinean delegations").
    let mut office_shared = false;
    for (i, &h) in hits.iter().enumerate().rev() {
        if listed.len() >= MAX_LIST {
            break;
        }
        // "the Delegation of the European Union to Senegal took part": the body did.
        // The gap is looked at first: reading the hit before as a party costs more.
        // So did "the EU Delegation to Senegal" within a list of those who took part.
        if let Some(&body) = i.checked_sub(1).and_then(|j| hits.get(j))
            && is_seat_gap(doc.slice(body.end, h.start))
            && gap_fits(allowed, listed.is_empty(), doc.slice(h.end, pos))
            && let Some((party, end)) = party_at(doc, body)
            && seat_of_body(doc, &party, end, h)
        {
            // The body is read next as if right before the cue.
            pos = end;
            continue;
        }
        // "The Senegalese Presidency of the Rabat Process hosted": the dialogue names whose
        // office it is, and the holder is read before it, the office's name running to
        // the dialogue's end.
        // So does a body whose presidency a country holds: "the Belgian Presidency of the
        // Council of the EU hosted" (Belgium).
        if listed.is_empty()
            && doc.slice(h.end, pos).trim().is_empty()
            && (doc.is_framework(h) || h.may_name(class::ORGANISATION))
            && office_of_body_before(doc.slice(floor, h.start))
        {
            continue;
        }
        // "Algeria attended as an observer", "IOM participated as observer": a verb of
        // meeting or taking part is part of the gap.
        // So is what was attended: "Algeria attended the meeting as an observer".
        let verb = |n: &Name| {
            matches!(n, Name::Cue(Cue::Held) | Name::Kind(_))
                || matches!(n, Name::Cue(Cue::After(roles) | Cue::By(roles)) if *roles == [crate::model::Role::Participant])
        };
        // "Spain, as host, and Senegal co-chaired": the capacity is read with the party
        // before it.
        let set_off_capacity = doc.slice(h.start.saturating_sub(2), h.start) == ", "
            && doc.slice(h.start, h.end).starts_with("as ")
            && doc.slice(h.end, pos).starts_with(',');
        // An office held ("chairmanship") is read with the demonym before it.
        if set_off_capacity
            || allowed == Gap::Attending && doc.names(h).all(verb)
            || doc
                .names(h)
                .all(|n| matches!(n, Name::Cue(Cue::Held | Cue::Under(_))))
        {
            continue;
        }
        // A demonym names its country with an office after it ("the Moroccan delegation"),
        // which then belongs to the party, not to the gap.
        let known = doc.party(h, false);
        let demonym = known.is_none().then(|| doc.party(h, true)).flatten();
        let office_end = demonym
            .as_ref()
            .and_then(|_| office_after(doc, h.end).or_else(|| ministry_abroad_end(doc, h, floor)))
            // The cue may be the office itself: "under the Moroccan chairmanship".
            .map(|e| {
                let cue_is_office = listed.is_empty() && doc.slice(h.end, pos).trim().is_empty();
                if cue_is_office { pos } else { e }
            })
            .filter(|&e| e <= pos);
        let party_end = office_end.unwrap_or(h.end);
        // "Algeria (observer) and Libya attended": the capacity is no part of the gap.
        let gap_start = capacity_at(doc, party_end)
            .map_or(party_end, |(_, e)| e)
            .min(pos);
        let gap = doc.slice(gap_start, pos);
        // "With the support of the EU, ICMPD organised": the EU gave means.
        if !gap_fits(allowed, listed.is_empty(), gap) || means_of(doc, h.start) {
            break;
        }
        if doc.is_framework(h) && !listed.is_empty() {
            // "the Rabat Process Secretariat, in collaboration with MMC": not a party, but
            // the list may go on past it.
            pos = h.start;
            continue;
        }
        let is_demonym = demonym.is_some();
        let party = match (known, demonym) {
            (Some(party), _) => party,
            (None, Some(party))
                if office_end.is_some() || office_shared || office_before(doc, h) =>
            {
                party
            }
            _ => break,
        };
        office_shared = office_end.is_some() || (office_shared && is_demonym);
        // "European Union Agency for Asylum (EUAA)": a name and its acronym in parentheses
        // are one party, kept by its name.
        let acronym_after = listed.last().is_some_and(|l| {
            doc.slice(party_end, l.start) == " (" && doc.slice(l.end, l.end + 1) == ")"
        });
        if acronym_after {
            listed.pop();
        }
        // "Mixed Migration Centre (MMC)" names one party once.
        if listed.last().is_none_or(|l| l.party != party) {
            listed.push(Listed {
                party,
                start: h.start,
                end: office_end.unwrap_or(h.end),
            });
        }
        pos = h.start;
    }
    listed.reverse();
    listed
}

/// Whether `before`, the text before a body's name, ends with an office of that body:
/// "the Senegalese Presidency of the" (Rabat Process), "the Belgian Presidency of the
/// Council of the" (EU).
fn office_of_body_before(before: &str) -> bool {
    const OFFICES: &[&str] = &[
        "presidency",
        "chairmanship",
        "chair",
        "co-chairmanship",
        "co-presidency",
    ];
    let Some(mut office) = before.strip_suffix(" of the ") else {
        return false;
    };
    if let Some(rest) = office
        .strip_suffix(" Council")
        .and_then(|r| r.strip_suffix(" of the"))
    {
        office = rest;
    }
    one_of(office.rsplit(' ').next().unwrap_or(""), OFFICES)
}

/// Where a list goes on in `body`, a clause after a party's comma, when the clause names
/// who represented the party ("represented by Mr. Khalid Zerouali, Director of
/// Migration,"): after the joining "and" or "as well as" that ends it. No sentence ends
/// within, where a full stop ends only a title or an initial ("Mr.", "H.E.").
fn representative_end(body: &str) -> Option<usize> {
    const REPRESENTED: &[&str] = &["represented by ", "led by ", "headed by "];
    const JOINERS: &[&str] = &[", and ", ", as well as "];
    if !REPRESENTED.iter().any(|r| body.starts_with(r)) {
        return None;
    }
    let (at, joiner) = JOINERS
        .iter()
        .filter_map(|j| Some((body.find(j)?, j.len())))
        .min()?;
    let clause = body.get(..at)?;
    let ends_sentence = memchr::memchr_iter(b'.', clause.as_bytes())
        .any(|i| !crate::text::after_abbreviation(clause.as_bytes(), i));
    (!ends_sentence && !clause.contains([';', '('])).then_some(at + joiner)
}

/// Where a list goes on after a clause set off by commas or parentheses that starts at
/// `pos`: after ", as current Chair of the Rabat Process, and", " (current chair) and".
fn apposition_end(doc: &Doc<'_>, pos: usize, limit: usize) -> Option<usize> {
    let rest = head(doc.slice(pos, limit), 2 * MAX_APPOSITION);
    // "Morocco (current chair of the Rabat Process) and Spain": the same in parentheses.
    if let Some(body) = rest.strip_prefix(" (") {
        let close = body.find(')')?;
        let inner = body.get(..close)?;
        let after = body.get(close + 1..)?.trim_start_matches(',');
        let joined = ["and ", "as well as "]
            .iter()
            .find(|j| starts_with_spaced(after.trim_start(), j))?;
        if close > MAX_APPOSITION || inner.contains(['.', ';', '(']) {
            return None;
        }
        let skipped = after.len() - after.trim_start().len() + joined.len();
        return Some(pos + rest.len() - after.len() + skipped);
    }
    let body = rest.strip_prefix(", ")?;
    // ", the conference brought together ...", ", it gathered ...": a new clause with its
    // own subject, the meeting or a pronoun, not a clause about the party before it.
    const PRONOUNS: &[&str] = &["it ", "they ", "he ", "she ", "we "];
    if PRONOUNS.iter().any(|p| body.starts_with(p)) {
        return None;
    }
    let subject = body
        .strip_prefix("the ")
        .or_else(|| body.strip_prefix("this "))
        .map(|after| pos + rest.len() - after.len());
    const EVENTS: &[&str] = &["conference", "event", "session", "forum", "gathering"];
    if let Some(at) = subject
        && (doc
            .first_hit_in(at, limit)
            .is_some_and(|h| h.start == at && doc.kind(h).is_some())
            || one_of(
                doc.slice(at, limit).split([' ', ',']).next().unwrap_or(""),
                EVENTS,
            ))
    {
        return None;
    }
    // "the Kingdom of Morocco, represented by Mr. Khalid Zerouali, Director of Migration,
    // and the Kingdom of Spain": the one who represents a party, perhaps with an office.
    if let Some(end) = representative_end(body) {
        return Some(pos + 2 + end);
    }
    let close = body.find(',')?;
    let clause = rest.get(..close + 3)?;
    let after = body.get(close + 1..)?;
    let joined = ["and ", "as well as "]
        .iter()
        .find(|j| starts_with_spaced(after.trim_start(), j))?;
    if !is_apposition(clause) {
        return None;
    }
    let skipped = after.len() - after.trim_start().len() + joined.len();
    Some(pos + 2 + close + 1 + skipped)
}

/// Where a clause set off by commas or dashes, ending right before `to`, opens.
fn apposition_start(doc: &Doc<'_>, to: usize, floor: usize) -> Option<usize> {
    // An apposition is short: only the bytes just before `to` are read.
    let window = tail(doc.text(), to, 2 * MAX_APPOSITION);
    let floor = (to - window.len()).max(floor);
    let head = doc.slice(floor, to).trim_end();
    let close = head
        .chars()
        .next_back()
        .filter(|c| *c == ',' || *c == '-')?;
    let inner = head.get(..head.len() - 1)?;
    let open = inner.rfind(close)?;
    let clause = head.get(open..)?;
    is_apposition(clause).then_some(floor + open)
}

/// Whether folded `start..end` holds nothing but parties joined by commas and "and": the
/// end of a list, not a clause set off by commas ("the European Commission, Frontex, IOM
/// and UNODC, took part").
fn only_parties(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    const BARE: &[&str] = &["and", "the"];
    let mut pos = start;
    for &h in doc.hits_in(start, end) {
        if !only(doc.slice(pos, h.start), BARE, ",") || doc.party(h, false).is_none() {
            return false;
        }
        pos = h.end;
    }
    pos > start && only(doc.slice(pos, end), BARE, ",")
}

/// Whether `gap` may part a party from the cue after it (`first`) or from the party listed
/// after it, as `before` walks back over a list.
fn gap_fits(allowed: Gap, first: bool, gap: &str) -> bool {
    if first {
        match allowed {
            Gap::Auxiliary => only(gap, AUXILIARY, ",)"),
            Gap::Attending => only(gap, ATTENDING, ",)"),
            Gap::Apposition => only(gap, AUXILIARY, ",)") || is_apposition(gap),
            Gap::Joined => joins(gap),
        }
    } else {
        // "hosted by Senegal with Spain as co-chair": "with" parts the capacity's holders
        // from those before it. "Mr. Pierre Martin (France) and Ms. Awa Ba (Mali)
        // co-chaired": persons join their parties.
        joins(gap) && !gap.trim().eq_ignore_ascii_case("with") || next_person(gap)
    }
}

/// A clause set off by commas or dashes: ", a country that is not partner of the Dialogue,".
fn is_apposition(gap: &str) -> bool {
    let g = gap.trim();
    let opens = g.starts_with(',') || g.starts_with('-');
    let closes = g.ends_with(',') || g.ends_with('-');
    opens && closes && g.len() > 2 && g.len() <= MAX_APPOSITION && !g.contains(['.', ';'])
}

/// Whether the country or city named at `h` is only where `body`, named just before it up
/// to `body_end`, sits: "the Delegation of the European Union to Senegal", "IOM in Niger",
/// "the IOM office in Accra".
pub(crate) fn seat_of_body(doc: &Doc<'_>, body: &Party, body_end: usize, h: Hit) -> bool {
    is_seat_gap(doc.slice(body_end, h.start))
        && matches!(body, Party::Organisation(_))
        && (doc.party(h, false).is_some_and(|p| p.country().is_some())
            || doc.city_at(h.start, h.end).is_some())
}

/// Whether `gap`, between a body and a place, says the body sits there: " in ", " to ",
/// " office in ", French " en ", " au ".
fn is_seat_gap(gap: &str) -> bool {
    [" in ", " to ", " en ", " au "]
        .iter()
        .find_map(|at| gap.strip_suffix(at))
        .is_some_and(|offices| {
            offices
                .split(' ')
                .all(|w| w.is_empty() || SEATS.iter().any(|s| w.eq_ignore_ascii_case(s)))
        })
}

/// Words for a body's seat in a place, between the body and the place: "the IOM country
/// office in Dakar", "the UNHCR Regional Office in Dakar".
const SEATS: &[&str] = &[
    "office",
    "offices",
    "regional",
    "sub-regional",
    "country",
    "mission",
    "delegation",
    "representation",
];

/// The party a hit names and where its name ends: a country, an organisation (with an
/// acronym in parentheses after it), or a demonym followed by an office ("the Moroccan
/// Chairmanship").
pub(crate) fn party_at(doc: &Doc<'_>, h: Hit) -> Option<(Party, usize)> {
    if let Some(party) = doc.party(h, false) {
        // "8 ECOWAS countries", "the EU Member States": the body names a group of
        // countries, and is no party itself.
        if matches!(party, Party::Organisation(_))
            && (names_members_after(doc, h.end) || members_before(doc, h))
        {
            return None;
        }
        let end = acronym_after(doc, h, &party).unwrap_or(h.end);
        return Some((party, end));
    }
    let party = doc.party(h, true)?;
    if let Some(end) = office_after(doc, h.end) {
        return Some((party, end));
    }
    if office_before(doc, h) {
        return Some((party, h.end));
    }
    // "the Ministry of Foreign Affairs and Senegalese Abroad".
    if let Some(end) = abroad_after(doc, h)
        && crate::text::tail(doc.text(), h.start, MINISTRY_REACH).contains("Ministr")
    {
        return Some((party, end));
    }
    // "the Gambian and Guinean delegations": one office after a few demonyms.
    joined_demonyms(doc, h)
        .skip(1)
        .any(|next| office_after(doc, next.end).is_some())
        .then_some((party, h.end))
}

/// The demonym hit `h` and those joined after it by "and" or commas, up to a few: "Gambian
/// and Guinean" of "the Gambian and Guinean delegations".
fn joined_demonyms<'d>(doc: &'d Doc<'_>, h: Hit) -> impl Iterator<Item = Hit> + 'd {
    const MAX_SHARED: usize = 6;
    std::iter::successors(Some(h), move |last| {
        let next = doc.first_hit_in(last.end, doc.text().len())?;
        let gap = doc.slice(last.end, next.start).trim();
        let joined = (gap == "and" || gap == ",") && doc.party(next, false).is_none();
        (joined && doc.party(next, true).is_some()).then_some(next)
    })
    .take(MAX_SHARED + 1)
}

/// The country a demonym hit names as a delegation's, sent to the meeting, and where the
/// delegation's name ends: "the Senegalese delegation", "the Gambian and Guinean
/// delegations", "Malian delegates", "la délégation sénégalaise".
pub(crate) fn delegation_of(doc: &Doc<'_>, h: Hit) -> Option<(Country, usize)> {
    let country = match doc.party(h, true)? {
        Party::Country(c) if doc.party(h, false).is_none() => c,
        _ => return None,
    };
    if first_of_shared(doc, h)
        .is_some_and(|first| one_of(word_before(doc, first.start), FRENCH_DELEGATIONS))
    {
        return Some((country, h.end));
    }
    // The noun after the demonym, or after the last of a few joined by "and" or commas.
    joined_demonyms(doc, h).find_map(|last| {
        let rest = doc.slice(last.end, doc.text().len());
        let noun = rest
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        let noun_start = last.end + (rest.len() - rest.trim_start().len());
        one_of(noun, DELEGATIONS).then_some((country, noun_start + noun.len()))
    })
}

/// Words after a body's name that make it the name of a group of countries: "ECOWAS
/// countries", "EU Member States", "the ECOWAS region".
const MEMBERS_OF_BODY: &[&str] = &[
    "countries",
    "country",
    "member",
    "members",
    "states",
    "region",
    "nationals",
    "citizens",
];

/// Whether the words after a body's name up to `at` make it a group of countries ("8
/// ECOWAS countries", "the EU Member States"), not its office ("the IOM country office").
fn names_members_after(doc: &Doc<'_>, at: usize) -> bool {
    let mut words = crate::text::head(doc.slice(at, doc.text().len()), 40)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    words.next().is_some_and(|w| one_of(w, MEMBERS_OF_BODY))
        && !words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("office") || w.eq_ignore_ascii_case("offices"))
}

/// Whether French names a body's members right before its hit: "les États membres de la
/// CEDEAO", "des pays de l'UA".
fn members_before(doc: &Doc<'_>, h: Hit) -> bool {
    const ARTICLES: &[&str] = &["de la", "de l'", "du", "des", "de"];
    let before = crate::text::tail(doc.text(), h.start, 40).trim_end();
    ARTICLES
        .iter()
        .find_map(|a| before.strip_suffix(a).filter(|r| r.ends_with(' ')))
        .is_some_and(|rest| {
            let word = rest.trim_end().rsplit(' ').next().unwrap_or("");
            one_of(word, &["membres", "pays", "états", "etats"])
        })
}

/// The word that ends folded `..at`.
fn word_before<'d>(doc: &'d Doc<'_>, at: usize) -> &'d str {
    doc.slice(0, at)
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
}

/// Whether a French office that the demonym hit `h` qualifies stands before it, right
/// before it or before the first of a few joined: "le ministère sénégalais", "les
/// autorités espagnoles", "des experts sénégalais et maliens".
fn office_before(doc: &Doc<'_>, h: Hit) -> bool {
    first_of_shared(doc, h)
        .is_some_and(|first| one_of(word_before(doc, first.start), FRENCH_OFFICES))
}

/// The first of the demonyms joined by "et" or commas that ends with the demonym hit `h`
/// ("sénégalais et maliens"): `h` itself when none comes before it.
fn first_of_shared(doc: &Doc<'_>, h: Hit) -> Option<Hit> {
    const MAX_SHARED: usize = 6;
    const REACH: usize = 40;
    let mut first = h;
    for _ in 0..MAX_SHARED {
        let Some(&before) = doc
            .hits_in(first.start.saturating_sub(REACH), first.start)
            .last()
        else {
            return Some(first);
        };
        let gap = doc.slice(before.end, first.start).trim();
        let joined = gap == "et" || gap == ",";
        if !joined || doc.party(before, false).is_some() || doc.party(before, true).is_none() {
            return Some(first);
        }
        first = before;
    }
    None
}

/// Where the office that a demonym ending at `at` qualifies ends: "Moroccan Chairmanship".
fn office_after(doc: &Doc<'_>, at: usize) -> Option<usize> {
    // "the Spanish National Police", "the Belgian Federal Public Service", "the Ghanaian
    // Immigration Service": a word or two may qualify the office.
    const QUALIFIERS: &[&str] = &[
        "national",
        "federal",
        "public",
        "immigration",
        "border",
        "migration",
        "customs",
    ];
    const MAX_QUALIFIERS: usize = 3;
    let mut pos = at;
    for _ in 0..=MAX_QUALIFIERS {
        let rest = doc.slice(pos, doc.text().len());
        let noun = rest
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .next()?;
        let noun_end = pos + (rest.len() - rest.trim_start().len()) + noun.len();
        if one_of(noun, OFFICES) {
            return Some(office_complement(doc, noun_end));
        }
        if !one_of(noun, QUALIFIERS) {
            return None;
        }
        pos = noun_end;
    }
    None
}

/// Where the words naming what an office is of or for end, from folded `at` right after
/// the office: " of Foreign Affairs and Cooperation" after "Ministry", capitalised but for
/// joiners, and no party named after "and" ("the Spanish Minister of Home Affairs and
/// Niger" names Niger too). `at` if there are none.
fn office_complement(doc: &Doc<'_>, at: usize) -> usize {
    const MAX_WORDS: usize = 8;
    // A few words on the office's line: a line break ends the name.
    let rest = crate::text::head(doc.slice(at, doc.text().len()), 160);
    let rest = rest
        .get(..rest.find('\n').unwrap_or(rest.len()))
        .unwrap_or("");
    // "of Foreign Affairs", "for Migration" ("the Spanish Secretary of State for Migration").
    let Some(lead) = [" of ", " for "].into_iter().find(|l| rest.starts_with(l)) else {
        return at;
    };
    let mut end = at;
    let mut pos = at + lead.len() - 1;
    let mut after_and = false;
    for word in rest
        .get(lead.len()..)
        .unwrap_or("")
        .split(' ')
        .take(MAX_WORDS)
    {
        let word_start = pos + 1;
        pos = word_start + word.len();
        if word.starts_with(|c: char| c.is_uppercase()) {
            let names_party = || {
                doc.first_hit_in(word_start, doc.text().len())
                    .is_some_and(|h| h.start == word_start && doc.party(h, false).is_some())
            };
            if after_and && names_party() {
                break;
            }
            // A capitalised word ends the complement, which goes on only if the word is
            // whole: "Affairs," ends it.
            let whole = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            end = word_start + whole.len();
            if whole.len() < word.len() {
                break;
            }
            after_and = false;
        } else if matches!(word, "the" | "and" | "of" | "for") {
            after_and = word == "and";
        } else {
            break;
        }
    }
    end
}

/// Where " (MMC)" after "Mixed Migration Centre" ends, when it names the same party.
fn acronym_after(doc: &Doc<'_>, h: Hit, party: &Party) -> Option<usize> {
    let (next, close) = parenthesised_name(doc, h.end)?;
    let same = doc.party(next, false).as_ref() == Some(party)
        // "the European Asylum Support Office (EASO)": two names the lexicon keeps, the
        // second made of the first's initials.
        || matches!(party, Party::Organisation(_))
            && is_initials(doc.slice(next.start, next.end), doc.slice(h.start, h.end));
    same.then_some(close)
}

/// The name the lexicon knows alone in parentheses right after folded `end` (" (MMC)"),
/// and where the parenthesis closes.
fn parenthesised_name(doc: &Doc<'_>, end: usize) -> Option<(Hit, usize)> {
    // The name follows within a few bytes, after an opening parenthesis that is looked for
    // first (past white space; anything not ASCII is left to the full look): every party
    // in a list is asked.
    let first = doc
        .text()
        .as_bytes()
        .get(end..)
        .unwrap_or(&[])
        .iter()
        .take(16)
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'));
    if first.is_some_and(|&b| b != b'(' && b.is_ascii()) {
        return None;
    }
    let next = doc.first_hit_in(end, end + 16)?;
    let gap = doc.slice(end, next.start);
    let close = doc.slice(next.end, next.end + 1);
    (gap.trim() == "(" && close == ")").then_some((next, next.end + 1))
}

/// Whether `acronym` is made of initials of `name`'s capitalised words, in order ("EASO" of
/// "European Asylum Support Office", "GIZ" of "Deutsche Gesellschaft für Internationale
/// Zusammenarbeit").
fn is_initials(acronym: &str, name: &str) -> bool {
    let mut initials = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    acronym.chars().count() >= 2
        && acronym
            .chars()
            .all(|a| a.is_ascii_uppercase() && initials.any(|i| i == a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Organisation};

    fn names(list: &[Listed]) -> Vec<String> {
        list.iter().map(|l| l.party.to_string()).collect()
    }

    fn c(code: &str) -> Party {
        Party::Country(Country::from_alpha2(code).unwrap())
    }

    #[test]
    fn a_name_and_its_acronym_are_one_party() {
        let listed = |text: &str| {
            let doc = Doc::new(text);
            names(&after(&doc, 0, doc.text().len(), true).0)
        };
        // Both known by name, the second made of the first's initials.
        assert_eq!(
            listed(" the European Asylum Support Office (EASO) and Mali"),
            ["European Asylum Support Office", "Mali"]
        );
        // An unknown name with a known acronym is the acronym's party.
        assert_eq!(
            listed(" the Organisation Internationale pour les Migrations (OIM) and Mali"),
            ["IOM", "Mali"]
        );
        assert!(is_initials("EASO", "European Asylum Support Office"));
        assert!(is_initials(
            "GIZ",
            "Deutsche Gesellschaft fur Internationale Zusammenarbeit"
        ));
        assert!(!is_initials("IOM", "European Asylum Support Office"));
        assert!(!is_initials("E", "European"));
        // Before a cue too.
        let text = "The European Union Agency for Asylum (EUAA) organised";
        let doc = Doc::new(text);
        let cue = text.find(" organised").unwrap();
        assert_eq!(
            names(&before(&doc, cue, 0, Gap::Auxiliary)),
            ["European Union Agency for Asylum"]
        );
        // A name the page introduces with its acronym, before a cue or after one, named
        // as the input writes it.
        let text = "The Agence Béninoise de Migration (ABM) organised it, with the Agence \
                    Béninoise de Migration (ABM).";
        let doc = Doc::new(text);
        let cue = doc.text().find(" organised").unwrap();
        let listed = before(&doc, cue, 0, Gap::Auxiliary);
        assert_eq!(names(&listed), ["Agence Béninoise de Migration"]);
        // The party spans the name and its acronym.
        assert_eq!(
            doc.slice(listed[0].start, listed[0].end),
            "Agence Beninoise de Migration (ABM)"
        );
        let with = doc.text().find("with").unwrap() + 4;
        assert_eq!(
            names(&after(&doc, with, doc.text().len(), false).0),
            ["Agence Béninoise de Migration"]
        );
    }

    #[test]
    fn an_office_is_named_with_what_it_is_of() {
        for (rest, of) in [
            (" of Foreign Affairs hosted", " of Foreign Affairs"),
            (
                " of Foreign Affairs and Cooperation, and",
                " of Foreign Affairs and Cooperation",
            ),
            (" of the Interior of Niger.", " of the Interior of Niger"),
            (" of Home Affairs and Niger", " of Home Affairs"),
            (" of Foreign Affairs\nThe meeting", " of Foreign Affairs"),
            (" of labour", ""),
            (" hosted", ""),
            (
                " of State for Migration and Morocco",
                " of State for Migration",
            ),
            (" for Migration, and", " for Migration"),
        ] {
            let doc = Doc::new(rest);
            assert_eq!(rest.get(..office_complement(&doc, 0)), Some(of), "{rest}");
        }
        for text in [
            "The Senegalese Ministry of Foreign Affairs hosted the meeting.",
            "The Senegalese Presidency of the Rabat Process hosted the meeting.",
            "The Senegalese Presidency of the Council of the EU hosted the meeting.",
        ] {
            let doc = Doc::new(text);
            let hosted = doc.text().find("hosted").unwrap();
            let listed = before(&doc, hosted, 0, Gap::Apposition);
            assert_eq!(names(&listed), ["Senegal"], "{text}");
        }
        // An office held by a person addressed by honorific.
        for text in [
            "hosted by H.E. the Minister of Foreign Affairs of Senegal.",
            "accueilli par S.E. le Ministre des Affaires étrangères du Sénégal.",
            "accueilli par le Ministère de l'Intérieur du Sénégal.",
        ] {
            let doc = Doc::new(text);
            let from = [" by ", " par "]
                .iter()
                .find_map(|w| doc.text().find(w).map(|i| i + w.len()))
                .unwrap();
            let (listed, _) = after(&doc, from, doc.text().len(), false);
            assert_eq!(names(&listed), ["Senegal"], "{text}");
        }
        // A secretary, a director: offices a demonym's country holds.
        let doc =
            Doc::new("co-chaired by the Spanish Secretary of State for Migration and Morocco.");
        let (listed, _) = after(&doc, 13, doc.text().len(), false);
        assert_eq!(names(&listed), ["Spain", "Morocco"]);
        // A body's seat within a list is no party of it.
        let text = "Representatives of the EU Delegation to Senegal, the European Commission and EEAS attended.";
        let doc = Doc::new(text);
        let attended = doc.text().find("attended").unwrap();
        let listed = before(&doc, attended, 0, Gap::Apposition);
        assert!(
            !names(&listed).contains(&"Senegal".to_owned()),
            "{:?}",
            names(&listed)
        );
    }

    #[test]
    fn a_party_named_after_its_office_in_the_dialogue() {
        let listed = |text: &str| {
            let doc = Doc::new(text);
            let from = doc.text().find(" by ").unwrap() + 4;
            names(&after(&doc, from, doc.text().len(), false).0)
        };
        assert_eq!(
            listed("chaired by the Rabat Process chair, Senegal."),
            ["Senegal"]
        );
        assert_eq!(
            listed(
                "co-chaired by the current Chair of the Rabat Process, Senegal, and by the incoming Chair, Spain."
            ),
            ["Senegal", "Spain"]
        );
        assert_eq!(
            listed("co-chaired by Senegal, the current chair, and Spain."),
            ["Senegal", "Spain"]
        );
        // The office alone names no party.
        assert!(listed("chaired by the chair of the Rabat Process.").is_empty());
        assert!(
            listed("organised by the Rabat Process chair, with the support of ICMPD.").is_empty()
        );
    }

    #[test]
    fn lists_after_a_cue() {
        let doc = Doc::new(
            "under the co-chairmanship of the Kingdom of Spain and the Kingdom of Morocco, gathered",
        );
        let (list, _) = after(&doc, 28, doc.text().len(), false);
        assert_eq!(names(&list), ["Spain", "Morocco"]);
        let doc = Doc::new("hosted by Spain and co-chaired by Morocco.");
        let (list, end) = after(&doc, 9, doc.text().len(), true);
        assert_eq!(
            list.iter().map(|l| l.party.clone()).collect::<Vec<_>>(),
            [c("ES")]
        );
        assert_eq!(end, 15);
        let doc = Doc::new("organised by the Mixed Migration Centre (MMC), in Abidjan");
        let (list, _) = after(&doc, 12, doc.text().len(), true);
        assert_eq!(names(&list), ["MMC"]);
        let doc = Doc::new("organised by the Sahel Institute and IOM");
        let (list, _) = after(&doc, 12, doc.text().len(), true);
        assert_eq!(
            list.iter().map(|l| l.party.clone()).collect::<Vec<_>>(),
            [
                Party::Organisation(Organisation::Other("Sahel Institute".into())),
                Party::Organisation(Organisation::Iom)
            ]
        );
        // The secretariat named by the body that serves it; not a party when unnamed.
        for (text, named) in [
            (
                "organised by the Rabat Process Secretariat (ICMPD).",
                &["ICMPD"][..],
            ),
            (
                "organised by the Rabat Process (ICMPD) and IOM.",
                &["ICMPD", "IOM"],
            ),
            ("organised by the Rabat Process Secretariat.", &[]),
            // Those named with the dialogue are parties; the dialogue itself is none.
            (
                "organised by the Rabat Process Secretariat and the Malian Ministry of Malians Abroad.",
                &["Mali"],
            ),
            (
                "organised by the Rabat Process Secretariat with UNODC.",
                &["UNODC"],
            ),
            ("organised by the Rabat Process, in Dakar, Senegal.", &[]),
            // In French (the cue, folded, as long as the English one).
            (
                "organisé par le Secrétariat du Processus de Rabat en collaboration avec l'ONUDC.",
                &["UNODC"],
            ),
            (
                "organisé par le Secrétariat du Processus de Rabat et l'OIM.",
                &["IOM"],
            ),
        ] {
            let doc = Doc::new(text);
            let (list, _) = after(&doc, 12, doc.text().len(), true);
            assert_eq!(names(&list), named, "{text}");
        }
        let doc = Doc::new("chaired by the presiding countries of each process");
        let (list, _) = after(&doc, 10, doc.text().len(), true);
        assert!(list.is_empty());
    }

    #[test]
    fn a_ministry_of_nationals_abroad_is_their_countrys() {
        let listed = |text: &str| {
            let doc = Doc::new(text);
            let from = doc.text().find(" by ").unwrap() + 4;
            let (list, end) = after(&doc, from, doc.text().len(), true);
            (names(&list), doc.slice(end, doc.text().len()).to_owned())
        };
        for (text, named, rest) in [
            (
                "hosted by the Ministry of Foreign Affairs and Senegalese Abroad, in Dakar",
                &["Senegal"][..],
                ", in Dakar",
            ),
            (
                "organised by the Ministry of Foreign Affairs, African Integration and Ivorians Abroad.",
                &["Côte d'Ivoire"],
                ".",
            ),
            (
                "hosted by the Ministry of Malians Abroad and African Integration.",
                &["Mali"],
                ".",
            ),
            // A wrapped line breaks the name.
            (
                "hosted by the Ministry of Foreign Affairs and Senegalese\nAbroad, in Dakar",
                &["Senegal"],
                ", in Dakar",
            ),
            (
                "co-organised by ICMPD and the Ministry of Malians Abroad and Senegal.",
                &["ICMPD", "Mali", "Senegal"],
                ".",
            ),
        ] {
            let (names, after_list) = listed(text);
            assert_eq!(names, named, "{text}");
            assert_eq!(after_list, rest, "{text}");
        }
        // Nationals abroad without a ministry serve no party.
        assert!(listed("hosted by Senegalese Abroad.").0.is_empty());
        // Before the cue too.
        let before_cue = |text: &str| {
            let doc = Doc::new(text);
            let cue = doc.text().find(" hosted").unwrap();
            names(&before(&doc, cue, 0, Gap::Apposition))
        };
        for text in [
            "The Ministry of Malians Abroad hosted the workshop.",
            "The Malian Ministry of Malians Abroad hosted the workshop.",
            "The Ministry of Malians Abroad and African Integration hosted the workshop.",
        ] {
            assert_eq!(before_cue(text), ["Mali"], "{text}");
        }
        assert!(before_cue("Malians Abroad hosted the workshop.").is_empty());
    }

    #[test]
    fn a_list_steps_over_a_clause_about_its_party_but_not_over_a_new_clause() {
        let listed = |text: &str| {
            let doc = Doc::new(text);
            let from = doc.text().find(" by ").unwrap() + 4;
            names(&after(&doc, from, doc.text().len(), false).0)
        };
        assert_eq!(
            listed("co-chaired by Morocco, which hosted the last SOM, and Spain."),
            ["Morocco", "Spain"]
        );
        assert_eq!(
            listed("co-chaired by Morocco, which chaired the last SOM, and Spain."),
            ["Morocco", "Spain"]
        );
        for text in [
            "co-chaired by Spain, the conference brought together ministers, as well as ECOWAS.",
            "co-chaired by Spain, it brought together ministers, as well as ECOWAS.",
            "co-chaired by Spain, the workshop gathered experts, and ECOWAS spoke.",
        ] {
            assert_eq!(listed(text), ["Spain"], "{text}");
        }
    }

    #[test]
    fn a_body_is_named_over_words_that_name_a_kind() {
        let listed = |text: &str, unknown: bool| {
            let doc = Doc::new(text);
            let from = doc.text().find(" by ").unwrap() + 4;
            names(&after(&doc, from, doc.text().len(), unknown).0)
        };
        assert_eq!(
            listed(
                "hosted by the Kofi Annan International Peacekeeping Training Centre (KAIPTC) in Accra.",
                false
            ),
            ["Kofi Annan International Peacekeeping Training Centre"]
        );
        // Not over a party: the body's name ends before it.
        assert_eq!(
            listed(
                "organised by the Regional Training Centre of Senegal and Mali.",
                false
            ),
            ["Regional Training Centre", "Senegal", "Mali"]
        );
        // Nor into a name that ends in no body's word.
        assert!(
            listed(
                "hosted by the Peacekeeping Workshop Series in Accra.",
                false
            )
            .is_empty()
        );
    }

    #[test]
    fn the_secretariat_alone_holds_no_role_and_the_list_goes_on() {
        for text in [
            "organised by the Secretariat, IOM and the Government of Ghana.",
            "organised by the Secretariat and IOM, and by Ghana.",
            "organised by the Secretariat together with IOM and Ghana.",
        ] {
            let doc = Doc::new(text);
            let (list, _) = after(&doc, 12, doc.text().len(), false);
            assert_eq!(names(&list), ["IOM", "Ghana"], "{text}");
        }
        // Another body's secretariat is a party, named as bodies are.
        let text = "organised by the Secretariat of the Sahel Observatory and Mali.";
        let doc = Doc::new(text);
        let (list, _) = after(&doc, 12, doc.text().len(), false);
        assert_eq!(
            names(&list),
            ["Secretariat of the Sahel Observatory", "Mali"]
        );
        for text in [
            "organised by the Secretariat.",
            "organised by the Secretariatship Mali",
        ] {
            let doc = Doc::new(text);
            assert!(
                after(&doc, 12, doc.text().len(), false).0.is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn lists_before_a_cue() {
        let text = "The Rabat Process Secretariat, in collaboration with the Mixed Migration Centre (MMC), organised";
        let doc = Doc::new(text);
        let list = before(&doc, text.len() - "organised".len(), 0, Gap::Auxiliary);
        assert_eq!(names(&list), ["MMC"]);
        let text = "For the first time Lebanon – a country that is not partner of the Dialogue – was invited";
        let doc = Doc::new(text);
        let cue = doc.text().find("was invited").unwrap();
        assert_eq!(names(&before(&doc, cue, 0, Gap::Apposition)), ["Lebanon"]);
        let text = "The Rabat Process organised";
        let doc = Doc::new(text);
        assert!(before(&doc, 18, 0, Gap::Auxiliary).is_empty());
    }

    #[test]
    fn a_delegation_stands_for_its_country() {
        let sent = |text: &str| {
            let doc = Doc::new(text);
            doc.hits
                .iter()
                .filter_map(|&h| delegation_of(&doc, h))
                .map(|(c, _)| c.name().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sent("The Senegalese delegation presented its plan."),
            ["Senegal"]
        );
        assert_eq!(
            sent("the Gambian, Malian and Guinean delegations met"),
            ["Gambia", "Mali", "Guinea"]
        );
        assert_eq!(sent("Nigerian delegates asked"), ["Nigeria"]);
        assert_eq!(
            sent("la délégation sénégalaise et marocaine a présenté"),
            ["Senegal", "Morocco"]
        );
        // Other offices are no delegation; a country's name is not a demonym.
        assert!(sent("The Moroccan Chairmanship opened it.").is_empty());
        assert!(sent("The Senegalese authorities spoke.").is_empty());
        assert!(sent("Senegal delegation").is_empty());
    }

    #[test]
    fn a_french_office_qualifies_the_demonyms_after_it() {
        let doc = Doc::new("Des experts sénégalais et maliens ont participé à l'atelier.");
        let cue = doc.text().find("ont particip").unwrap();
        let list = before(&doc, cue, 0, Gap::Apposition);
        assert_eq!(names(&list), ["Senegal", "Mali"]);
        let doc = Doc::new("Des chercheurs sénégalais et maliens ont participé.");
        let cue = doc.text().find("ont particip").unwrap();
        assert!(before(&doc, cue, 0, Gap::Apposition).is_empty());
    }

    #[test]
    fn demonyms_need_an_office() {
        let doc = Doc::new("under the presidency of the Moroccan Chairmanship");
        let (list, _) = after(&doc, 23, doc.text().len(), false);
        assert_eq!(
            list.iter().map(|l| l.party.clone()).collect::<Vec<_>>(),
            [c("MA")]
        );
        let doc = Doc::new("chaired by French speakers");
        let (list, _) = after(&doc, 10, doc.text().len(), false);
        assert!(list.is_empty());
        // Those a country sends stand for it.
        let doc = Doc::new("chaired by French experts");
        let (list, _) = after(&doc, 10, doc.text().len(), false);
        assert_eq!(names(&list), ["France"]);
        // One office after a few demonyms, after a cue or before one.
        let doc = Doc::new("hosted by the Senegalese and Spanish authorities.");
        let (list, _) = after(&doc, 9, doc.text().len(), false);
        assert_eq!(names(&list), ["Senegal", "Spain"]);
        let doc = Doc::new("hosted by Ghanaian officials.");
        let (list, _) = after(&doc, 9, doc.text().len(), false);
        assert_eq!(names(&list), ["Ghana"]);
        // Offices of one person, before the country or after its people.
        for text in [
            "chaired by Niger and the Director-General of Italy.",
            "chaired by Niger and the Italian Ambassador.",
            "chaired by Niger and the Secretary-General of the Ministry of Italy.",
            // Named by what the office is for, or of.
            "chaired by Niger and the Director-General for Migration of Italy.",
            "chaired by Niger and the Ministry of External Relations of Italy.",
            "chaired by Niger and the Secretary of State for Migration of Italy.",
        ] {
            let doc = Doc::new(text);
            let (list, _) = after(&doc, 10, doc.text().len(), false);
            assert_eq!(names(&list), ["Niger", "Italy"], "{text}");
        }
        // A name that qualifies a means names no party.
        for text in [
            "organised by Spain with EU funding.",
            "hosted by Spain with IOM support.",
        ] {
            let doc = Doc::new(text);
            let from = doc.text().find("Spain").unwrap();
            let (list, _) = after(&doc, from, doc.text().len(), false);
            assert_eq!(names(&list), ["Spain"], "{text}");
        }
        // Qualified offices.
        for text in [
            "hosted by the Spanish National Police.",
            "hosted by the Spanish Federal Public Service Home Affairs.",
            "hosted by the Spanish Immigration Service.",
            "hosted by the Spanish Border Police.",
        ] {
            let doc = Doc::new(text);
            let (list, _) = after(&doc, 9, doc.text().len(), false);
            assert_eq!(names(&list), ["Spain"], "{text}");
        }
        // In French, the office before the people's adjective, in lowercase.
        let doc = Doc::new("organisé par le ministère sénégalais et la délégation marocaine.");
        let (list, _) = after(&doc, 12, doc.text().len(), false);
        assert_eq!(names(&list), ["Senegal", "Morocco"]);
        let text = "Les autorités espagnoles ont participé";
        let doc = Doc::new(text);
        let list = before(&doc, doc.text().find(" ont").unwrap(), 0, Gap::Attending);
        assert_eq!(names(&list), ["Spain"]);
        // Without an office, or capitalised in a name, it names no one.
        let doc = Doc::new("organisé par des experts sénégalais.");
        assert!(after(&doc, 12, doc.text().len(), false).0.is_empty());
        // Where a body's office is belongs to the body.
        let doc = Doc::new("attended by the EU Delegation to Senegal, IOM in Mali and OHCHR.");
        let (list, _) = after(&doc, 11, doc.text().len(), false);
        assert_eq!(names(&list), ["EU", "IOM", "OHCHR"]);
        let doc = Doc::new("organised by the Directorate-General for Migration of Senegal.");
        let (list, _) = after(&doc, 12, doc.text().len(), false);
        assert_eq!(names(&list), ["Senegal"]);
        // Not a name with "for" in it.
        let doc = Doc::new("hosted by the Centre for Migration Studies of Senegal.");
        assert!(after(&doc, 9, doc.text().len(), false).0.is_empty());
        let doc = Doc::new("hosted by the Spanish national team.");
        assert!(after(&doc, 9, doc.text().len(), false).0.is_empty());
        let text = "The Senegalese and Spanish delegations also participated";
        let doc = Doc::new(text);
        let list = before(&doc, text.find(" also").unwrap(), 0, Gap::Auxiliary);
        assert_eq!(names(&list), ["Senegal", "Spain"]);
        let text = "The Moroccan Chairmanship organised";
        let doc = Doc::new(text);
        let list = before(&doc, text.find(" organised").unwrap(), 0, Gap::Auxiliary);
        assert_eq!(names(&list), ["Morocco"]);
        // Those a country sends stand for it; its people at large do not.
        let text = "French and Spanish experts organised";
        let doc = Doc::new(text);
        let list = before(&doc, text.find(" organised").unwrap(), 0, Gap::Auxiliary);
        assert_eq!(names(&list), ["France", "Spain"]);
        let text = "French and Spanish students organised";
        let doc = Doc::new(text);
        let list = before(&doc, text.find(" organised").unwrap(), 0, Gap::Auxiliary);
        assert!(list.is_empty());
    }
}
