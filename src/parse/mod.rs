//! From announcement text to [`Meeting`]s.
//!
//! # How a page is read
//! 1. The text is folded (typographic quotes, dashes and spaces as ASCII, a middle dot
//!    as a bar, diacritics stripped, CRLF as LF, Markdown's heading hashes, the asterisks
//!    of bold and the asterisks or underscores of italics, and link addresses dropped;
//!    hashtags read as their words, `#LegalMigration` as `Legal Migration`; emoji and
//!    flags dropped, `co-chaired by 🇸🇳 Senegal`;
//!    HTML tags dropped, but for a table's, whose rows are lines of cells parted by tabs,
//!    and a definition list's, whose terms are labels), keeping a map back to the input's
//!    bytes.
//!    A hard-wrapped page (a text browser's dump, mail) has the breaks its wrapping made
//!    read as spaces: those where the next line's first word would not have fitted at the
//!    page's width (40 columns or more), inside a sentence, and those after a word or a
//!    mark no line ends with ("the", "by", "&", a bar, a label's name after a bar), so that
//!    lines and phrases read as if never cut.
//! 2. One pass of the lexicon's matcher finds every country, city, demonym, organisation,
//!    process and cue word.
//! 3. Lines are grouped into announcements at anchor lines (below); page furniture ("Page 1
//!    of 2", "Read more"), section headings ("Past meetings"), a calendar's headings of
//!    months or years ("April 2019", "2018:", with or without a blank line under them; a
//!    month alone, "February", even with none about it), a footer from its copyright line to the next blank line, and links to documents
//!    ("Download the conclusions (PDF, 245 KB)") belong to none. A line cut before its end
//!    goes on on the next: one that ends with "by", "and", "of", "the" ..., one over a line
//!    that opens with "by", and a date's month over its year ("hosted by the Islamic
//!    Republic of" over "Mauritania and co-chaired by Spain."). A line that runs several
//!    announcements together, as a page whose line breaks were lost does, is parted before
//!    each card header that opens a later sentence with a place the lexicon knows ("... 33
//!    partner countries. Paris, 23-24 October 2018, hosted by France. The ..."), or with
//!    a few capitalised words it does not know and a role clause after the date ("...
//!    took place. Kpalimé, 3-4 May 2019, hosted by Togo. ..."), or follows a short
//!    heading ("Thematic meetings Abuja, 12-13 February 2020, ..."), and
//!    furniture run onto a line's end after its last sentence belongs to none.
//! 4. Each announcement is read: its header, its label lines, then its prose, for the
//!    venue, dates, kind, title, roles, themes, processes, figures and mode.
//!
//! # Announcement shapes
//! A page uses the first of these shapes it has, but for a list of events or one-line
//! cards above its first card header; each anchor starts an announcement that runs to the
//! next one.
//!
//! | shape | example |
//! |---|---|
//! | card header | `Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.`, perhaps under a title line (`Senior Officials' Meeting`, `5th Euro-African Ministerial Conference`) when the page's cards have them, right above or set off by a blank line if it names one meeting (`THEMATIC MEETING ON LEGAL MIGRATION`) |
//! | date-first card header | `12 - 13 July 2022 - Dakar, Senegal: Thematic Meeting on Labour Migration`, `Le 7 mai 2019, Dakar – Réunion thématique ...` (a French article before the date), `From 3 to 5 June 2025, Rabat`, `Mid-March 2020, Banjul` (a date led by a word), `12/03/2019 - Thematic meeting on legal migration held in Dakar` (a headline's "held in"), `14-15 March 2025 – Thematic meeting on visas, Madrid (Spain). Co-chaired by Spain and Senegal.` (role clauses after a full stop) |
//! | one-line card | `Expert meeting held on 21-22 May 2012 in Accra, Ghana.`, `Upcoming: Thematic meeting on legal migration, 14-15 March 2025, Accra (Ghana).`; a calendar's item led by days alone under its month's heading (`MARCH` over `10 \| Steering Committee \| Brussels`; a month's heading is no entry's, and one over `- No activities` ends the entry above) |
//! | event card | a title line, then `Tuesday, 7 March 2017, 9:00 - Wednesday, 8 March 2017, 13:00`, `17 October 2023, online` (the mode after the date; so too under a story's title after a card) or `Date: 3 and 4 June 2016`, then label lines (`Event type: Steering Committee` names the kind; a title that opens with an event's word, `Seminar on visas`, names a meeting); its lines may each be a paragraph of its own, the first card showing which stand over a date line |
//! | table row | `\| 12-13 March 2019 \| Dakar, Senegal \| Thematic meeting on legal migration \| Senegal, France \|` under `\| Date \| Venue \| Meeting \| Co-chairs \|` (bars or tabs, a row of tabs a line of its own, or columns of spaces as text browsers lay tables out; each cell the value of its column's label; a number under `Participants` counts people; a `Year` column, or a year in a title above the table, gives the dates their year; a `Month` column gives the days of a `Dates` column their month (`\| March \| 12-13 \|`); two parties under `Chair` or `Chair/Co-chairs` co-chair, and a cell may label its parts, `Portugal; co-chair: Senegal`; a head row may name columns no label has, `Documents`, if most are known) |
//! | news item | a title line, then `Published on 20 March 2019`, `Posted: 5 April 2019 by the Secretariat` or `20.04.2019 \| News` (or `\| Events`, `\| Publications` ...), or a bare day under a headline that names something known (`Launch of the Cadiz Action Plan` over `01/07/2022`), then prose (the title may name a day of its own: `Webinar on consular services – 22 May 2024`) that dates the meeting (or opens with its days under a title that names it: `Ministerial Conference adopts the Cádiz Declaration` over `On 14 June 2022, ministers adopted ...`; an item that names no meeting gives none) |
//! | page about one meeting | `On 10-11 October 2023, a Technical Meeting ... will take place in Accra, Ghana.` |
//!
//! A page with none of the anchors is one candidate announcement, kept only if a sentence
//! about a meeting being held gives its date and a meeting is named alone (a page that
//! names "thematic meetings" only in the plural announces none); a page that announces no
//! meeting gives none, and a `stray_text` warning that says so. An event's title over a
//! date line, whose text names no meeting, venue, party, figure or mode ("New report on
//! diaspora engagement published"), gives none either; a news item's text may open with a
//! dateline under its title, whose day is not the meeting's.
//! Events, tables and one-line cards may come above a page's card headers, events above
//! one-line cards, and events and tables between or after them: a title over an event's
//! date, a `Date:` label opening a paragraph, or a table's head row ends the card above it. A paragraph after an event, a one-line card, a card or a news item that
//! opens with a dated press dateline (`DAKAR, 20 May 2019 – The Rabat Process held ...`;
//! after a news item, perhaps under a title line of its own) is read as a page of its own,
//! running to the next card; after a card or a one-line card only if the
//! dateline's day lies outside the card's days (a story dated within them reports the
//! card's own meeting). A card header of a place and one day, and nothing else, whose
//! text's first sentence dates a meeting held up to 60 days before, is a press release's
//! dateline ("Tunis, 19 September 2024" over "On 17 and 18 September 2024, ..."): the
//! text's days are the meeting's; so are they, and its venue, where the first sentence
//! tells of a meeting to come elsewhere ("Brussels, 2 February 2024" over "The next
//! thematic meeting will take place in Dakar on 12-13 March 2024"). A press release dated by its dateline that says it
//! "concluded a two-day meeting ... today" dates the meeting from the day before ("opened a
//! three-day workshop today": to two days after; "opened today ... and will run until 5
//! May": to that day; a card written on its day reads "today" so too), and one that held
//! it "yesterday" to the day before. In a story dated by its dateline alone, what a
//! sentence dates outside the week up to the dateline's day is another event's (`The SOM
//! of June 2024 will be hosted by Nigeria`), as are preparations for one (`reviewed
//! preparations for the SOM`). A dateline may give its day without a
//! place (`2 June 2020 – The Steering Committee met on 28 May 2020 ...`): the text's days
//! are the meeting's there too. Datelines end at a spaced dash, at `--` or at a colon
//! after their date (`ABUJA (Nigeria), 6 March 2019: ...`, `(Dakar, 12 April 2017) –`), or
//! at the dash after a date set off by dashes (`DAKAR, Senegal – 14 March 2024 – ...`).
//! After a card, a paragraph led by the days of a meeting of its own on other days (`On 4
//! and 5 June 2019, the Rabat Process held a workshop ...`) is a story of its own; one a
//! news item or dateline of one day reports, from up to 60 days before, is the card's.
//! A page's stories may be under titles that name their meetings, numbered or not (`1.
//! Senior Officials' Meeting in Addis Ababa`). On a page of untitled stories, a year's
//! summary above them (`In 2016, the Rabat
//! Process organised four thematic meetings ...`) opens none; a story dated by a span of
//! time before its day (`Last week, on 12 June 2019, ...`, `Earlier this month`) opens one.
//! A paragraph that reports meetings a sentence each, two or more after its opening (`In
//! 2018, the Rabat Process held four meetings. The Ministerial Conference took place in
//! Marrakesh on 2 May 2018 ... A Steering Committee meeting was held in Brussels on 25
//! January 2018 ...`), is cut where each report starts, its lead-in belonging to none (so
//! are a list's items under a lead-in that ends with a colon; above cards, such a
//! paragraph introduces them and opens none); a report opens on its meeting within a few
//! words, or on the verb that holds it (`Spain hosted a thematic meeting in Madrid on
//! ...`), and is told neither as past to the story nor as another's (`had been held`, `to
//! prepare it`), so a meeting's story that tells of one other meeting, or of its own
//! again, is not cut.
//! Above the first card, a story that opens on a meeting of its own (`BRUSSELS, 20 January
//! 2022 – The Steering Committee met today ...`) is an announcement; a lead-in that tells
//! of the first card's meeting belongs to none.
//!
//! # Grammar
//! ```text
//! card       = place ["(" country ")" | "/" country] sep [country "," | known-city ","]
//!              dates [remark]                      (the city after a country for a place:
//!                                                     "Senegal, Dakar, 4 May 2019"; a
//!                                                     country by its ISO code after a
//!                                                     city: "Dakar, SN, 5 May 2019")
//!              [[sep] (clauses | name ["," clauses])] ["."]
//!            | dates "," clauses                   ("1-2 July 2019, hosted by Spain.")
//!            | place "(" dates ")" ["," clauses]   ("Madrid (1-2 July 2019), hosted by
//!                                                   Spain")
//! remark     = "(" up to four words ")"            ("(tbc)"; "(online)" states the mode;
//!                                                     a role's cue or label makes clauses:
//!                                                     "(observers: Algeria, Libya)")
//!            | "," mode                           (up to three words: ", online",
//!                                                     ", by videoconference", ", hybrid format")
//!            | ["," | "at"] clock times            (the day's hours: ", 9:00-17:00",
//!                                                     " at 10:00 CET", ", from 9h to 17h")
//! sep        = "," | " - " | "|" | ";" | " / "     ("Lisbon – 3-4 June 2019 – hosted by Portugal",
//!                                                     "Abidjan, Côte d'Ivoire | 12 September 2023")
//!            | ":"                                 (after a known place, before its date:
//!                                                     "Dakar: 12-14 March 2019")
//! name       = capitalised words naming a kind     ("Fourth Euro-African Ministerial Conference",
//!                                                     "Workshop on border management",
//!                                                     events of other sorts: "Summit on
//!                                                     Migration", "Regional Forum on
//!                                                     Labour Mobility", "Valletta Summit";
//!                                                     or "Steering Committee" alone: "3 May
//!                                                     2019 | Steering Committee | Brussels")
//!            | after ":", a few capitalised words  (the title: "Dakar, 20 May 2019: Migration
//!              with no role cue                        and development, hosted by Senegal";
//!                                                     a bar stands for the colon: "Dakar |
//!                                                     20.05.2019 | Workshop on return |
//!                                                     hosted by Senegal"; after a bar or
//!                                                     a dash, a kind's name alone is the
//!                                                     kind, no title: "22 October 2024 |
//!                                                     Banjul | Thematic meeting")
//! date-card  = dates ("-" | "|" | ",") place ["," country | "(" country ")" | "/" country]
//!              [(":" | "|" | " - ") title [("," | "|") clauses] | ("," | " - " | ".") clauses]
//!            | dates ":" title [("," | " - ") place ["," country | "(" country ")"]
//!                               | "," mode]
//!            | dates ("-" | "|") name ["," place ["," country | "(" country ")"] | "," mode
//!                                   | "(" known-city ["," country] ")" | "(" mode ")"
//!                                   | (" - " | "|") (known-city ["," country] | mode)]
//!              [("," | ".") clauses]              ("12/03/2019 - Thematic meeting on legal
//!                                                     migration in Dakar": the venue is read
//!                                                     with the prose; "14 October 2025 -
//!                                                     Senior Officials' Meeting, Lisbon,
//!                                                     Portugal, co-chaired by Portugal";
//!                                                     after a comma only a name before a
//!                                                     known venue: "17 October 2023,
//!                                                     Steering Committee meeting, Brussels")
//!                                                    (a known place after the title's last
//!                                                     comma; any header may be a list
//!                                                     item: "- 12 March 2019: ...",
//!                                                     "1. Dakar, 12 March 2019", or led
//!                                                     by a status or a kind:
//!                                                     "POSTPONED – Dakar, ...",
//!                                                     "Thematic meeting: Dakar, ...", and
//!                                                     its dates may be a month's:
//!                                                     "- October 2019: Training ...",
//!                                                     or a month alone before a name,
//!                                                     under a year heading: "- July:
//!                                                     Technical meeting ..., Madrid";
//!                                                     "in" or "à" before the place:
//!                                                     "1 July 2019, in Madrid – ...";
//!                                                     the day's hours after the dates
//!                                                     or at the end are passed over:
//!                                                     "12 March 2019, 09:00–17:00 CET –
//!                                                     Workshop on return, Accra, Ghana")
//! one-line   = [bullet] [lead (":" | " - ")] (kind-words | "Steering Committee")
//!              {word} dates {word}                (one sentence that opens with its kind:
//!                                                     "Thematic meeting held in June 2009
//!                                                     in Dakar, Senegal."; a lead is up to
//!                                                     three words: "Upcoming:", or the
//!                                                     kind itself: "Workshop: Return
//!                                                     (Niamey, 3 May 2019)"; an item of
//!                                                     a list: "- Workshop on return,
//!                                                     Tunis, 4 April"; a part that is a
//!                                                     mode states it: "SOM - online -
//!                                                     24 November 2020")
//! event      = [title-line [place-line]] (date-line | "Date:" [dates]) [place-line] {label-line}
//!                                                    (a title naming one meeting may stand
//!                                                     a blank line above; the "Date:" label
//!                                                     may follow others on
//!                                                     its line: "Type: Workshop | Date: 12
//!                                                     June 2019"; a date line is rather the
//!                                                     day a news item was posted when its
//!                                                     text reports the meeting held up to
//!                                                     60 days before)
//! story      = title-line paragraph              (the title names one meeting, the
//!                                                     paragraph's first sentence dates
//!                                                     it; on a page of two or more, each
//!                                                     is read as a page of its own)
//! place-line = known-city ["," country | "(" country ")"]
//!                                                    (alone on its line, over or under the
//!                                                     date line)
//! table      = head-row {rule-row | row}         (cells parted by "|" or tabs)
//! head-row   = label {sep label}                 (one of them "Date"; also "Meeting", "Event",
//!                                                     "Theme", "Topic", "Type", "Description")
//! news       = [title-line] ("Published" | "Posted" | "Updated" | "Publié") ["on" | ":"] dates
//!              ["by" ... | time]                 (the day of publication dates no meeting)
//!            | [title-line] (dates sep category | category sep dates)
//!                                                    ("20.04.2019 | News", "Press release -
//!                                                     5 May 2019"; a category is never a
//!                                                     card header's place)
//! label-line = ["•" | "-" | "*"] label ":" value {("|" | ";" | " - ") label ":" value}
//!            | label NEWLINE [NEWLINE] value      (stacked, in an event or a news item:
//!                                                     "Date" over "24-25 October 2023",
//!                                                     perhaps a blank line between; a
//!                                                     sentence under a label is a section)
//! label      = "Date" | "Dates" | "When" | "Start date" | "From" (over a date)
//!            | "End date" | "To" (the last day)   | "Location" | "Place" | "Venue" | "Where"
//!            | "Date and venue" (either way round: "3 May 2019, Lisbon (Portugal)";
//!              also "Date & venue", "Date/Place")
//!            | "City" | "Country" | "Title" | "Format" | "Host" | "Chair" | "Co-chairs"
//!            | "Chairs" | "Chairmanship" | "Co-presidency" (two chairs co-chair)
//!            | "Organisers" | "In cooperation with" | "Observers" | "Guests"
//!            | "Participants" | "Who" | "Organisations" | "Year" | ...
//!                                                    ("Participants: 25 partner
//!                                                     countries, ECOWAS, IOM": a figure,
//!                                                     then those who took part)
//!                                                    (a role label over list items takes
//!                                                     them: "Observers:" over "- Algeria")
//!                                                    (in any case, and with "(s)" after:
//!                                                     "Date(s)"; "Location: Online" is a
//!                                                     virtual meeting, "Venue: Brussels
//!                                                     (online)" one from Brussels;
//!                                                     "Title: Workshop on return
//!                                                     (online)" titles it without the
//!                                                     remark)
//! place      = capitalised word {word}               (at most six words: "Cidade Velha";
//!                                                     "Online", "Virtual meeting" or
//!                                                     "Videoconference" is a virtual
//!                                                     meeting with no city; "Hybrid
//!                                                     (Brussels)", "Hybrid (Brussels
//!                                                     and online)" a hybrid one)
//!            | country "(" known-city ")"            ("Senegal (Dakar)")
//!            | known-city ("&" | "and" | "et" | "+" | "/") known-city
//!                                                    ("Rabat & Casablanca": the first is
//!                                                     the venue)
//! clauses    = clause {("," | "and") clause}
//! clause     = cue parties                           ("hosted by Spain")
//!            | role-label ":" parties                ("Co-chairs: Spain and Morocco"; after
//!                                                     a name too: "Workshop on return,
//!                                                     Madrid (Spain). Co-chairs: Spain,
//!                                                     Morocco.")
//!            | "under the" parties office          ("under the Portuguese presidency",
//!                                                     "under the Moroccan and Spanish
//!                                                     co-chairmanship")
//! cue        = "hosted by" | "chaired by" | "co-chaired by" | "organised by"
//!            | "hosted and chaired by" | "hosted and co-chaired by" | ...
//!            | "with the participation of" | "attended by" | ...  (participants)
//! parties    = party {("," | "and" | ", and") party} (known names, or capitalised words)
//!
//! dates      = [weekday [","]] ["on"|"between"|"from"] ["the"] date-form
//! date-form  = day ["of"] [month [year]] {"," day} sep day ["of"] month [[","] year]
//!              [sep full-date]                     (a later end given again: "28-30
//!                                                     December 2022 to 2 January 2023")
//!                                                    ("1-2 July 2019", "31 May - 1 June 2016",
//!                                                     "the 3rd and 4th of May 2019",
//!                                                     "12, 13 and 14 March 2019")
//!            | day ["of"] month [[","] year] [time] ["(" remark ")"] [sep ["on"] full-date [time]]
//!                                                    ("24 October 2019",
//!                                                     "30 December 2018 - 3 January 2019",
//!                                                     "Tuesday, 7 March 2017, 9:00 - ...")
//!            | month day {"," day} [sep [month] day] ["," year]
//!            | month day "," year sep month day "," year
//!                                                    ("May 3-4, 2019", "April 30-May 2, 2019",
//!                                                     "Dec. 30, 2022 - Jan. 2, 2023",
//!                                                     "June 4, 5 and 6, 2019"; without a year
//!                                                     only where a part of the line ends:
//!                                                     "March 12-13: Thematic meeting")
//!            | month [sep month] year                ("March 2008")
//!            | year                                  ("2008": in headers and labels, and
//!                                                     after "in" or "during" in prose, or
//!                                                     a part of the year: "in late 2008",
//!                                                     "the first half of 2008")
//!            | d "." m "." yyyy [sep d "." m "." yyyy] ("10.10.2019", "3/5/2019",
//!                                                     "30-11-2022": day first; m in
//!                                                     digits or capital Roman
//!                                                     numerals: "10.X.2019")
//!            | d ["."] "-" d "." m "." yyyy           ("12-14.03.2019", "12.-14.03.2019")
//!            | d "./" d "." m "." yyyy               ("12./13.03.2019")
//!            | d "." m ".-" d "." m "." yyyy         ("30.11.-2.12.2019")
//!            | yyyy ["-" mm ["-" dd]] ["/" iso-date]  ("2019-07-01", "2008/2009"; an end
//!                                                     of days may drop what it shares:
//!                                                     "2021-06-14/15", "2021-06-30/07-01")
//!            | yyyy-mm-dd sep yyyy-mm-dd             ("2019-07-01 to 2019-07-02")
//! day        = 1..31 ["st"|"nd"|"rd"|"th"]
//! month      = "January" | "Jan" | "Jan." | ... | "Sept" | ...
//! sep        = "-" | "to" | "and" | "&" | "until" | "through"
//! time       = ["," ] hour (":" | "h") minutes ["(" zone ")"]
//! ```
//! A header or label that dates the meeting to the month or the year alone ("Abuja, June
//! 2024") leaves its days to the text where it gives them within that month or year ("On
//! 11 and 12 June 2024, experts met"); one that gives one day, to the days the text gives
//! around it at once ("Dakar, 12 March 2019" over "From 12 to 14 March 2019, ..."). So
//! does a sentence to the days it gives further on ("In June 2022, a workshop was held in
//! Abuja on 14-15 June"). A line that looks like a card header but has no
//! date that can be read ("Lomé, hosted by Togo.") starts an announcement all the same,
//! with a `malformed_header` warning; its text may date it.
//! A date without a year ("held on 2-3 April") takes the year of the announcement: its
//! header's, a year in its first line ("Activities in 2019"), or the first year it gives
//! (in a news item, the year that puts it nearest the day of publication);
//! a header's or a one-line card's date without a year takes that of the year heading above
//! it ("2019", "Meetings in 2018:", a page's title "Rabat Process – Calendar 2024").
//! Weekdays may be abbreviated or French ("Tue 4 Jun 2019 - Thu 6 Jun 2019", "Tues. 4
//! June", "mardi 4 juin 2019"); a season dates to its year ("in the spring of 2019"). A
//! sentence's adverb is no header's place ("Previously, on 11 March 2019, the co-chairs
//! met ..."), nor is a meeting named as a sentence's subject ("L'atelier, organisé par
//! l'ICMPD, ...").
//!
//! # In the prose
//! | says | gives |
//! |---|---|
//! | `under the co-presidency of X and Y`, `co-chaired with Y` (and X, where X opens the sentence: `X hosted the meeting, co-chaired with Y`; else the host the sentence names: `The SOM, hosted by X, was co-chaired with Y`), `co-chaired by X, as current Chair ..., and Y`, `co-chaired by X (current chair) and Y`, `co-chaired by the current Chair of the Rabat Process, X, and by the incoming Chair, Y` (named after the office they hold in the dialogue), `X and Y co-chaired the meeting`, `X and Y shared the chairmanship`, `co-chaired by representatives of X and Y`, `X and Y, the two co-chairs, opened`, `Y, its co-chair` | co-chairs |
//! | `X, together with Y as co-chair, hosted`, `Belgium, co-chair of the meeting`, `X, in its capacity as host, ...`, `X and Y, in their capacity as co-chairs, ...` | host, co-chairs |
//! | `under the chairmanship of X`, `under the Moroccan presidency` (not `the Italian Presidency of the Council of the EU`), `chaired by X, current chair of ...`, `X chaired the meeting`, `The chair, X, opened the meeting`, `X took the chair of the SOM` (or `held`, `assumed` it; not `of the working group`), not `X chaired the Rabat Process` (the dialogue's office) | chair (one party: two or more who chair a meeting, `chaired by X and Y`, `presided over by X and Y jointly`, co-chair it) |
//! | `hosted by X`, `X hosted`, `X and Y co-hosted`, `X, host country`, `The host, X, opened`, `X, the host country, opened`, `X, host of the meeting`, `X, which hosted the meeting`, `X and Y, who co-chaired the meeting,`, `The co-chairmanship was ensured by X and Y`, `thanked X for hosting the meeting` (or `for its hospitality`) (`for chairing`, `for co-chairing`, `for organising`: those roles), `X played host to`, `X welcomed the (Rabat Process) thematic meeting`, `X welcomed delegates to the thematic meeting` (not `welcomed the participants`, nor `welcomed participants to Bamako`), `at the invitation of X`, `under the aegis (auspices) of X`, `sous l'égide du Sénégal` | host |
//! | `organised by X`, `at the initiative of X` (`à l'initiative du Sénégal`), `co-organised with X`, `organised by X in partnership with Y`, `hosted by X in cooperation with Y` (Y organised: hosting is the host's alone), `co-organised by UNICEF and Save the Children` (a name of a few capitalised words the lexicon does not know; not `organised by Senegal with EU funding`, where the name qualifies a means, nor the EU of `With the support of the EU, X organised`), `X, in partnership with Y, organised`, `organisé par X en partenariat avec Y`, `X organised ..., in cooperation with Y`, `organised by the Secretariat, X and Y` (the dialogue's secretariat holds no role) | organisers |
//! | `gathered ... the EU Delegation and ICMPD experts`, `X and Y attended`, `attended by X`, `with the participation of X`, `counted on the participation of X`, `21 countries attended, as well as X and Y`, `Members present: X, Y`, `Present were X and Y`, `Étaient présents X et Y`, `Speakers from X and Y presented` (`panellists from`), `Y ont participé la Belgique et le Mali`, `Among the participants were X and Y`, `X and Y sent delegations`, `X, as chair of the Rabat Process, and Y attended` (an office in the dialogue is no role in the meeting), `45 countries took part in the meeting, including X and Y` (or `among them X and Y`), `X, Y and Z met to take stock` (the parties right before "met"), `85 participants, representing 30 countries as well as X and Y`, `X chaired the opening session` (a part of the meeting, not all of it), `the Senegalese delegation presented ...`, `the delegation of X presented ...` (a delegation is sent to the meeting: no other cue needed); not a body that names a group of countries (`8 ECOWAS countries`, `the AU member states`, `the EU Member States`); a country misspelt by a letter as a list's item (`representatives of Ethopia, Mali and Niger`) | participants |
//! | `X – a country that is not partner – was invited` (non-partners only), `X attended as a guest country`, `IOM and UNHCR were invited as guests`, `Guests from the ILO and the OECD`, `Guest speakers from Jordan and Lebanon` | guest (and not participant) |
//! | `IOM attended as an observer`, `The IOM office in Accra and UNHCR attended as observers` (a body's office in a city or country: the body), `one observer country, Algeria`, `observers such as IOM and UNHCR`, `Observers: Algeria, IOM.` within a line, `Libya, which holds observer status, attended`, `X and Y, both observers to the Rabat Process, attended`, `The UNHCR Regional Office took part as an observer` (the party's office or envoys between) | observers (and not participants, though named among those present) |
//! | `the Minister of the Interior of Senegal`, `H.E. the Minister of Foreign Affairs of Senegal`, `le Ministre des Affaires étrangères du Sénégal`, `the Directorate-General for Migration of Senegal`, `the Moroccan Chairmanship`, `the Senegalese Ministry of Foreign Affairs`, `the Senegalese and Spanish delegations`, `the Spanish National Police`, `the Spanish Secretary of State for Migration`, `Senegalese and Malian experts`, `le ministère sénégalais`, `la délégation marocaine`, `des experts sénégalais et maliens`, `the Ministry of Foreign Affairs and Senegalese Abroad`, `the Ministry of Malians Abroad and African Integration` (before the verb too: `The Ministry of Malians Abroad hosted`) | that country (those countries) |
//! | `the Sahel Migration Observatory (SMO)` ... `SMO` | the same organisation, wherever the page uses the acronym |
//! | `the European Asylum Support Office (EASO)`, `the Organisation Internationale pour les Migrations (OIM)` | one party: the name's, or the acronym's where only the acronym is known (IOM) |
//! | the first kind named (`a Technical Meeting`, `the workshop`, `SOM`, `the Steering Committee met`, `the SC met`) | kind |
//! | a quoted text ("…", ‘…’, « … », or '…' opening with a capital) after the kind (and `on`, `sur`; or its topic and a colon, `Thematic meeting on border management: "Strengthening capacities at land borders"`) or after `entitled`, `under the title`, `on the theme (of)`, `on the topic`, or alone on its line; a title after a header's colon (`Madrid, 1-2 July 2019: Technical meeting on border management`), a quotation after a header's date (`Lisbon, 20-21 March 2018: "Migration and development", hosted by Portugal`) or the kind and a colon after it (`Dakar, 3 May 2018 – Thematic meeting: Legal migration and mobility`) or after the kind and a colon in a title line (`Webinar: Digitalisation of consular services`) or a one-line card, up to its place or date (`Workshop: Reintegration of returnees (Niamey, 3 December 2019)`); without quotes right after the kind and `entitled` (`The expert meeting, entitled Protecting migrants in vulnerable situations, took place`), to the clause's end, or opening its sentence up to the meeting it names (`Entitled Return, readmission and reintegration: a shared responsibility, the meeting ...`) | title |
//! | `52 participants representing 21 partner countries (including 9 European and 12 African countries)`, `around 150 senior officials`, `some thirty partner countries`, `80+ participants`, `35 coast guard officers`, `one hundred and twenty participants`, `a dozen countries`, `two dozen experts`, `(10 African, 8 European)`, `12 EU Member States and 10 African countries`, `18 countries of West and Central Africa and 6 EU Member States` (the continent after the noun), `22 pays africains et 18 pays européens`, `20 partner countries and 4 observer countries` (24 countries), `heads of delegation of some 50 countries`, `of whom 12 from European countries`, `21 countries, including 8 from Europe`, `Participants: 25 countries` (no people), `34 of the 57 partner countries`, `Out of the 57 partner countries, 34 were represented`, `The 57 partner countries were invited; 34 attended` (34 countries), `saw the participation of 28 countries`, `50 participants in person and 40 online`, `50 participants attended in person and 30 online` (90 and 80 people); not the dialogue's members, `The dialogue brings together 57 partner countries from Africa and Europe` | participant figures |
//! | `virtual meeting`, `a virtual thematic meeting`, `webinar`, `an online seminar`, `held online`, `un atelier virtuel`, `by videoconference`, `via Zoom`, `held remotely`, `en ligne`, `Location: Online`, `Where: Zoom` / `hybrid`, `joining by video conference`, `in person and online`, `with online participation for some delegations`, `in person or remotely via Zoom` (a way of attending from afar beside `in person` in one sentence), `held in Dakar and online`; a later mention of the meeting (`Workshop on diaspora engagement` over `A virtual workshop on diaspora engagement took place`), an event's title line `Workshop on return (online)` | mode |
//! | `will take place in Lomé, Togo`, `met in Brussels`, `officials were trained in Nouakchott`, `Lisbon, Portugal, will host`, `Niamey (Niger) welcomed the meeting` (not `the mayor of Dakar welcomed`), `in the Senegalese capital, Dakar`, `in the Ghanaian capital`, `at the King Fahd Hotel, Dakar` (not where a body sits: `the Observatory in Rabat`, `IOM, based in Dakar`) | venue |
//! | `Dakar, Senegal – The International Organization for Migration ...` (a dateline, perhaps under a title line or a news item's publication line) | venue, when the text names no other and the meeting was not held online; a date in the dateline is not the meeting's, unless the text dates nothing else and reports a meeting not to come (`DAKAR, 12 March 2019 – The Rabat Process held ...`) |
//!
//! The meeting's own date and venue come from the first sentence about it being held.
//! Whatever a sentence ties to another event gives this meeting nothing (its figures too,
//! where a date ties them: "signed in March 2018 by 18 countries"): a different date
//! (or a month without a year opening the sentence, "In June, a workshop was held in
//! Tunis", outside the meeting's months: nor its kinds and themes), "the day before", or
//! an event called "follow-up", "next", "previous", or named after
//! "to prepare", "since", "in the margins of" ("the side event in the margins of the
//! workshop on migrant smuggling" is not about smuggling; in French "prochaine",
//! "précédente", "en marge de"). A clause that opens the sentence with another event,
//! up to its comma ("Following the SOM hosted by Spain in October 2018, a technical
//! meeting took place in Rome on 3-4 April 2019", "Building on the conclusions of the
//! Paris meeting, ...", "As a follow-up to", "Organised back-to-back with", "In
//! conjunction with", "À la suite de"), is that event's; the rest
//! of the sentence is this meeting's. A place the meeting was only
//! planned in ("originally scheduled in Dakar") is not its venue, nor a day it was
//! originally planned for its date where the text gives another. A page about one meeting
//! that dates no other announces the coming one: "The Rabat Process will hold its next SOM
//! on 14 and 15 November 2024" gives that SOM and its date.

mod dates;
mod doc;
mod header;
mod labels;
mod parties;
mod prose;
mod segment;
mod tokens;
mod wrapping;

use serde::Serialize;

use crate::diagnostic::{Code, Diagnostic, Severity, Span};
use crate::error::{Error, ErrorKind};
use crate::model::{DateSpan, Meeting, MeetingKind, Mode, PartialDate, Party, Role};

use doc::Doc;
use header::Header;
use segment::{Segment, Shape};

/// What a page held: its meetings in order, and notes on what was skipped or guessed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Parsed {
    /// Every announcement, in the order of the page.
    pub meetings: Vec<Meeting>,
    /// What could not be read, was skipped or guessed, with byte spans into the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// How to parse: lenient (the default) reads what it can and reports the rest as
/// diagnostics; strict stops at the first diagnostic of error severity.
///
/// ```
/// use rabat::Parser;
///
/// let page = "Madrid, 31 February 2019, hosted by Spain.";
/// assert_eq!(Parser::new().parse_page(page)?.meetings.len(), 1);
/// let err = Parser::new().strict(true).parse_page(page).unwrap_err();
/// assert_eq!(err.to_string(), "no such day: 2019-02-31 in \"31 February 2019\"");
/// # Ok::<(), rabat::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Parser {
    strict: bool,
}

impl Parser {
    /// A lenient parser.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Sets whether the first diagnostic of error severity stops parsing.
    pub fn strict(mut self, strict: bool) -> Parser {
        self.strict = strict;
        self
    }

    /// Parses a page of announcements.
    ///
    /// # Errors
    /// Only in strict mode: the first diagnostic of error severity, such as an impossible
    /// date (`"31 February 2019"`) or an unknown month (`"24 Octobr 2019"`).
    pub fn parse_page(&self, text: &str) -> Result<Parsed, Error> {
        let parsed = read_page(text);
        if self.strict
            && let Some(d) = parsed
                .diagnostics
                .iter()
                .find(|d| d.severity == Severity::Error)
        {
            return Err(Error::rejected(d.clone()));
        }
        Ok(parsed)
    }
}

/// Parses a page of announcements, leniently: every announcement found becomes a
/// [`Meeting`], in order; what could not be read becomes a [`Diagnostic`].
///
/// ```
/// let page = "Madrid, 1-2 July 2019, hosted by Spain and co-chaired by Morocco.\n\
///             The Rabat Process organised a Technical Meeting in Madrid.\n\n\
///             Paris, 23-24 October 2018, hosted by France.\n\
///             A Thematic Meeting on the root causes of irregular migration.\n\n\
///             Page 1 of 2";
/// let parsed = rabat::parse_page(page);
/// assert_eq!(parsed.meetings.len(), 2);
/// assert_eq!(parsed.meetings[1].city.as_deref(), Some("Paris"));
/// assert!(parsed.diagnostics.is_empty());
/// ```
pub fn parse_page(text: &str) -> Parsed {
    read_page(text)
}

/// Parses many pages, each on its own, and gives their results in the order of `pages`.
/// With the cargo feature `parallel`, the pages are spread over all cores.
///
/// ```
/// let pages = ["Madrid, 1-2 July 2019, hosted by Spain.", "Paris, 23 October 2018."];
/// let parsed = rabat::parse_pages(&pages);
/// assert_eq!(parsed[1].meetings[0].city.as_deref(), Some("Paris"));
/// ```
pub fn parse_pages<S: AsRef<str> + Sync>(pages: &[S]) -> Vec<Parsed> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        pages.par_iter().map(|p| read_page(p.as_ref())).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        pages.iter().map(|p| read_page(p.as_ref())).collect()
    }
}

/// Parses a long text piece by piece, for archives too large to hold all their meetings in
/// memory at once: each item holds the meetings and diagnostics of one piece, with spans
/// into the whole `text`, in order. Pieces are about a megabyte and end just before a card
/// header that follows a blank line, so no announcement is cut in two; a text without
/// such headers is one piece. The meetings are the same as [`parse_page`]'s.
///
/// ```
/// let page = "Madrid, 1-2 July 2019, hosted by Spain.\n\nParis, 23 October 2018.\n".repeat(3);
/// let streamed: Vec<rabat::Meeting> = rabat::parse_stream(&page).flat_map(|p| p.meetings).collect();
/// assert_eq!(streamed, rabat::parse_page(&page).meetings);
/// ```
pub fn parse_stream(text: &str) -> impl Iterator<Item = Parsed> + '_ {
    Pieces { text, at: 0 }.map(|(start, piece)| {
        let mut parsed = read_page(piece);
        for m in &mut parsed.meetings {
            m.span = Span::new(m.span.start + start, m.span.end + start);
        }
        for d in &mut parsed.diagnostics {
            d.span = Span::new(d.span.start + start, d.span.end + start);
        }
        parsed
    })
}

/// The size a piece of [`parse_stream`] grows to before it looks for a place to end.
const PIECE: usize = 1 << 20;

/// The pieces of a long text: (offset, piece).
struct Pieces<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let rest = self.text.get(self.at..).filter(|r| !r.is_empty())?;
        let end = next_boundary(rest).unwrap_or(rest.len());
        let start = self.at;
        self.at += end;
        rest.get(..end).map(|piece| (start, piece))
    }
}

/// Where a piece of `rest` may end: the start of the first card header past [`PIECE`]
/// bytes that follows a blank line.
fn next_boundary(rest: &str) -> Option<usize> {
    // Searched as bytes: `PIECE` may fall inside a character, and a line break never does.
    let mut at = memchr::memchr(b'\n', rest.as_bytes().get(PIECE..)?).map(|i| PIECE + i + 1)?;
    let mut blank_before = false;
    while at < rest.len() {
        let line_end = rest.get(at..)?.find('\n').map_or(rest.len(), |i| at + i);
        let line = rest.get(at..line_end)?;
        if line.trim().is_empty() {
            blank_before = true;
        } else {
            if blank_before && header::starts_announcement(line) {
                return Some(at);
            }
            blank_before = false;
        }
        at = line_end + 1;
    }
    None
}

/// Parses a page given as bytes, as read from a file or the network, leniently.
///
/// # Errors
/// Bytes that are not UTF-8 text (a page saved as Latin-1: `b"S\xe9n\xe9gal"`); the error
/// kind is [`ErrorKind::NotUtf8`] and its span covers the first bad byte.
///
/// ```
/// let err = rabat::parse_bytes(b"Dakar, 3 May 2019, hosted by S\xe9n\xe9gal.").unwrap_err();
/// assert_eq!(err.kind(), rabat::ErrorKind::NotUtf8);
/// assert_eq!(err.span().map(|s| s.start), Some(30));
/// assert_eq!(err.to_string(), "input is not UTF-8 text: invalid byte 0xe9 at offset 30");
/// assert_eq!(rabat::parse_bytes(b"Dakar, 3 May 2019.")?.meetings.len(), 1);
/// # Ok::<(), rabat::Error>(())
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(read_page(text)),
        Err(e) => {
            let at = e.valid_up_to();
            let len = e.error_len().unwrap_or(bytes.len() - at);
            let byte = bytes.get(at).copied().unwrap_or(0);
            Err(Error::new(
                ErrorKind::NotUtf8,
                format!("input is not UTF-8 text: invalid byte {byte:#04x} at offset {at}"),
            )
            .with_span(Span::new(at, at + len)))
        }
    }
}

/// Parses the text of one announcement.
///
/// # Errors
/// Text that holds no announcement header (`"Nothing happened."`); in that case the error
/// kind is [`ErrorKind::NoAnnouncement`].
///
/// ```
/// let m = rabat::parse_announcement("Porto, 3-4 December 2015, hosted by Portugal.")?;
/// assert_eq!(m.start().map(|d| d.to_string()).as_deref(), Some("2015-12-03"));
/// # Ok::<(), rabat::Error>(())
/// ```
pub fn parse_announcement(text: &str) -> Result<Meeting, Error> {
    read_page(text)
        .meetings
        .into_iter()
        .next()
        .ok_or_else(|| {
            let shown: String = text.trim().chars().take(60).collect();
            Error::new(
                ErrorKind::NoAnnouncement,
                format!("expected an announcement header such as \"Madrid, 1-2 July 2019, hosted by Spain\", found {shown:?}"),
            )
        })
}

/// Reads a date span as announcements write it (for `DateSpan::from_str`).
pub(crate) fn date_span(text: &str) -> Result<DateSpan, Error> {
    let doc = Doc::new(text);
    let folded = doc.text();
    let tokens = tokens::tokenize(folded, 0, folded.len());
    let whole = |next: usize| {
        tokens
            .get(next..)
            .is_some_and(|rest| rest.iter().all(|t| t.is_punct('.')))
    };
    match dates::date_at(&tokens, 0, folded, true) {
        Some((found, next)) if whole(next) => found.resolve(None).map_err(|p| {
            let message = match p {
                dates::Problem::Impossible(m) | dates::Problem::Reversed(m) => {
                    format!("{m} in {text:?}")
                }
                dates::Problem::NoYear => format!("no year in date {text:?}"),
            };
            Error::new(ErrorKind::InvalidDate, message)
        }),
        _ => {
            let message = match dates::unknown_month_at(&tokens, 0, folded) {
                Some(word) => format!("unknown month {:?} in {text:?}", word.text(folded)),
                None => format!("expected a date such as \"1-2 July 2019\", found {text:?}"),
            };
            Err(Error::new(ErrorKind::InvalidDate, message))
        }
    }
}

fn read_page(text: &str) -> Parsed {
    let doc = Doc::new(text);
    let mut meetings = Vec::new();
    let mut diagnostics = Vec::new();
    let mut scratch = prose::Scratch::default();
    // Each announcement is read as soon as the segmenter has found all of it.
    let stray = segment::segment(&doc, |segment, header| {
        if let Some(meeting) = read_meeting(&doc, segment, header, &mut scratch, &mut diagnostics) {
            meetings.push(meeting);
        }
    });
    let mut parsed = Parsed {
        meetings,
        diagnostics: Vec::new(),
    };
    let stray_text = |(s, e): (usize, usize), what: &str| {
        let text = shorten(doc.original(s, e));
        Diagnostic::warning(Code::StrayText, doc.span(s, e), format!("{what}: {text:?}"))
    };
    if let Some(range) = stray {
        let what = "text before the first announcement belongs to none";
        parsed.diagnostics.push(stray_text(range, what));
    }
    parsed.diagnostics.append(&mut diagnostics);
    // A page that gives nothing says so, so that a crawl's silent pages can be told from
    // those the parser could not read.
    let content = doc.text().trim();
    if parsed.meetings.is_empty() && parsed.diagnostics.is_empty() && !content.is_empty() {
        let s = doc.text().len() - doc.text().trim_start().len();
        let what = "no announcement found: no header, and no sentence dates a meeting held";
        parsed
            .diagnostics
            .push(stray_text((s, s + content.len()), what));
    }
    // Names that fit several countries are reported, never guessed.
    for &hit in doc
        .hits
        .iter()
        .filter(|h| h.may_name(crate::lexicon::class::AMBIGUOUS))
    {
        let ambiguous = doc.names(hit).find_map(|n| match n {
            crate::lexicon::Name::Ambiguous(all) => Some(all),
            _ => None,
        });
        if let Some(all) = ambiguous {
            let codes: Vec<&str> = all.iter().map(|c| c.alpha2()).collect();
            parsed.diagnostics.push(Diagnostic::warning(
                Code::AmbiguousName,
                doc.span(hit.start, hit.end),
                format!(
                    "ambiguous name {:?} could be any of {}; no country is guessed",
                    doc.original(hit.start, hit.end),
                    codes.join(", ")
                ),
            ));
        }
    }
    // Each diagnostic once, in the order of the input.
    parsed
        .diagnostics
        .sort_by_key(|d| (d.span.start, d.span.end));
    parsed.diagnostics.dedup();
    parsed
}

/// The days a calendar's item at folded `start..end` gives alone, in the month of the
/// heading above it: "- 12-13: Senior Officials' Meeting" under "March 2019".
fn calendar_days(doc: &Doc<'_>, start: usize, end: usize) -> Option<dates::Found> {
    let text = doc.slice(start, end);
    let item = labels::bullet_len(text);
    let (_, days, first, last) = segment::day_lead(text.get(item..)?)?;
    let (month, year) = segment::month_above(doc, start)?;
    let day = |d| dates::Ymd {
        y: year,
        m: Some(month),
        d: Some(d),
    };
    Some(dates::Found {
        start: start + item,
        end: start + item + days,
        first: day(first),
        last: day(last),
    })
}

/// The days of the meeting a press release dated `posted` (one day) reports as ending or
/// opening on that day, with its length in days: "concluded a two-day meeting in Accra
/// today" ran from the day before ("closed two days of talks" too), "opened a three-day
/// workshop today" to two days after. A meeting told "yesterday" is told so of the day
/// before: "The workshop held yesterday in Accra".
fn days_around_posting(text: &str, posted: DateSpan) -> Option<DateSpan> {
    const ENDED: &[&str] = &["concluded", "ended", "closed", "wrapped up"];
    const HELD: &[&str] = &[
        "held",
        "took place",
        "met",
        "gathered",
        "organised",
        "organized",
        "hosted",
        "convened",
        "chaired",
        "co-chaired",
        "co-hosted",
    ];
    const LENGTHS: &[(&str, i64)] = &[("two", 2), ("three", 3), ("four", 4), ("five", 5)];
    let posted = posted
        .start()
        .to_naive()
        .filter(|_| posted.start() == posted.end())?;
    let told = sentences_of(text, "today")
        .map(|s| (s, 0))
        .chain(sentences_of(text, "yesterday").map(|s| (s, -1)));
    told.into_iter().find_map(|(sentence, shift)| {
        let day = posted.checked_add_signed(chrono::Duration::days(shift))?;
        let on = |offset: i64| {
            let date = day.checked_add_signed(chrono::Duration::days(offset))?;
            PartialDate::from_naive(date).ok()
        };
        let has = |verbs: &[&str]| has_word(sentence, verbs);
        // "opened today in Dakar and will run until 5 May"
        if has(OPENED)
            && let Some(last) = day_until(sentence, day)
        {
            return DateSpan::new(on(0)?, PartialDate::from_naive(last).ok()?).ok();
        }
        // "a two-day meeting", "a 2-day workshop", "two days of talks"
        let length = sentence
            .match_indices("-day ")
            .chain(sentence.match_indices(" days of "))
            .next()
            .and_then(|(at, _)| {
                let word = sentence.get(..at)?.rsplit(' ').next()?;
                LENGTHS
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(word))
                    .map(|&(_, n)| n)
                    .or_else(|| word.parse().ok())
                    .filter(|n| (2..=5).contains(n))
            });
        match length {
            Some(days) if has(ENDED) => DateSpan::new(on(1 - days)?, on(0)?).ok(),
            Some(days) if has(OPENED) => DateSpan::new(on(0)?, on(days - 1)?).ok(),
            _ if shift != 0 && (has(HELD) || has(ENDED) || has(OPENED)) => {
                DateSpan::new(on(0)?, on(0)?).ok()
            }
            _ => None,
        }
    })
}

/// Words that say a meeting opened.
const OPENED: &[&str] = &["opened", "began", "started", "kicked off"];

/// Whether `text` has one of `words` as a word of its own.
fn has_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| crate::text::contains_word(text, w))
}

/// The sentences of `text` that say `word` ("today"), capitalised or not, at its first few
/// mentions: a page of thousands of "today" without a full stop costs linear time.
fn sentences_of<'t>(text: &'t str, word: &'static str) -> impl Iterator<Item = &'t str> {
    const REACH: usize = 400;
    const MAX_MENTIONS: usize = 8;
    let bytes = text.as_bytes();
    let (first, rest) = word.split_at(1);
    memchr::memmem::find_iter(bytes, rest.as_bytes())
        .map(|i| i.saturating_sub(1))
        .filter(move |&i| {
            bytes
                .get(i..i + 1)
                .is_some_and(|b| b.eq_ignore_ascii_case(first.as_bytes()))
        })
        .take(MAX_MENTIONS)
        .filter_map(move |at| {
            // The sentence is looked for within reach of the word.
            let before = crate::text::tail(text, at, REACH);
            let after = crate::text::head(text.get(at..)?, REACH);
            let before =
                before.get(memchr::memrchr(b'.', before.as_bytes()).map_or(0, |i| i + 1)..)?;
            let after =
                after.get(..memchr::memchr(b'.', after.as_bytes()).unwrap_or(after.len()))?;
            text.get(at - before.len()..at + after.len())
        })
}

/// Whether `text` says a meeting opened today: "The workshop opened today and will run
/// until 5 May" reports a meeting under way, though it says what will be.
fn opened_today(text: &str) -> bool {
    sentences_of(text, "today").any(|sentence| has_word(sentence, OPENED))
}

/// The day a meeting that opened on `opened` runs until, by `sentence`: "will run until 5
/// May", "until 7 June", "through May 7"; within a fortnight after it, in its year or the
/// next.
fn day_until(sentence: &str, opened: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    const MAX_DAYS: i64 = 14;
    // Read here rather than by the date grammar, which takes a month before its day only
    // with a year ("through May 7" has none: its year is the opening's).
    // "until 5 May", as the prose reads a last day alone.
    let at = prose::UNTIL.iter().find_map(|w| {
        sentence.match_indices(w).find_map(|(i, _)| {
            let bytes = sentence.as_bytes();
            let whole = i
                .checked_sub(1)
                .is_none_or(|b| !bytes.get(b).is_some_and(u8::is_ascii_alphanumeric))
                && bytes.get(i + w.len()) == Some(&b' ');
            whole.then_some(i + w.len() + 1)
        })
    })?;
    let mut words = sentence
        .get(at..)?
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty());
    let (first, second) = (words.next()?, words.next()?);
    let day_of = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
            .ok()
    };
    let (day, month) = match (day_of(first), crate::lexicon::month(first)) {
        (Some(d), _) => (d, crate::lexicon::month(second)?),
        (None, Some(m)) => (day_of(second)?, m),
        (None, None) => return None,
    };
    let year = chrono::Datelike::year(&opened);
    [year, year + 1].into_iter().find_map(|year| {
        let date = chrono::NaiveDate::from_ymd_opt(year, u32::from(month), day)?;
        (1..=MAX_DAYS)
            .contains(&(date - opened).num_days())
            .then_some(date)
    })
}

/// Where the first sentence of folded `start..end` ends: at its first full stop before a
/// space or a line end that ends no abbreviation ("H.E. Mr. Benatiq"), else at `end`.
fn first_sentence_end(doc: &Doc<'_>, start: usize, end: usize) -> usize {
    let text = doc.slice(start, end).as_bytes();
    memchr::memchr_iter(b'.', text)
        .find(|&i| {
            matches!(text.get(i + 1), None | Some(b' ' | b'\n'))
                && !crate::text::after_abbreviation(text, i)
        })
        .map_or(end, |i| start + i)
}

/// The most days a news item is posted after the meeting it reports.
const MAX_REPORT_DELAY: i64 = 60;

/// Whether a meeting `held` on those days ended before `posted` began, by at most
/// [`MAX_REPORT_DELAY`] days: the text of a news item posted on that day reports it.
pub(super) fn reports_earlier(held: DateSpan, posted: DateSpan) -> bool {
    let gap = posted.start().first_day() - held.end().last_day();
    (1..=MAX_REPORT_DELAY).contains(&gap.num_days())
}

/// The span `found`, a date without a year, means in the year that puts it nearest to
/// `posted`: the year posted, or the one before or after.
fn nearest_to(found: dates::Found, posted: DateSpan) -> Option<DateSpan> {
    let year = posted.start().year();
    let day = posted.start().first_day();
    [year - 1, year, year + 1]
        .into_iter()
        .filter_map(|y| found.resolve(Some(y)).ok())
        .min_by_key(|span| (span.start().first_day() - day).num_days().abs())
}

/// Reads a venue that an event card states unlabelled, alone on one of the two lines under
/// its date line (a title may come between), blank lines apart or not, or on the line over
/// it under the title: "Dakar, Senegal", "Online".
fn read_place_lines(doc: &Doc<'_>, segment: &Segment, labels: &mut labels::Labels) {
    const LINES_BELOW: usize = 2;
    let Segment {
        start,
        header_start,
        header_end,
        end,
        ..
    } = *segment;
    let mut from = header_end;
    for _ in 0..LINES_BELOW {
        // Blank lines are passed over: a page may set each line of a card off in a
        // paragraph of its own ("12/03/2019", blank, "Dakar, Senegal").
        let Some((line_start, line_end)) = next_line(doc, from, end) else {
            break;
        };
        if labels::read_place_line(doc, line_start, line_end, labels) {
            break;
        }
        from = line_end;
    }
    // The first line of the card is its title, never its venue.
    let above = doc.slice(start, header_start).trim_end();
    let line_start = above.rfind('\n').map_or(0, |i| i + 1);
    let line = above.get(line_start..).unwrap_or("");
    // Indented lines are read from their first word.
    let above_start = start + line_start + (line.len() - line.trim_start().len());
    if labels.city.is_none() && line_start > 0 {
        labels::read_place_line(doc, above_start, start + above.len(), labels);
    }
}

/// The first line from folded `from` up to `end` that holds more than white space (a page
/// may double its line breaks, or set each line off in a paragraph), without the white
/// space around it.
fn next_line(doc: &Doc<'_>, from: usize, end: usize) -> Option<(usize, usize)> {
    let rest = doc.slice(from, end).trim_start();
    let line_start = end - rest.len();
    let line = rest
        .get(..rest.find('\n').unwrap_or(rest.len()))?
        .trim_end();
    (!line.is_empty()).then_some((line_start, line_start + line.len()))
}

/// The mode that folded `start..end` states in parentheses at its end, and nothing else
/// in them: "Workshop on return (online)", "Steering Committee (hybrid)".
fn mode_closing(doc: &Doc<'_>, start: usize, end: usize) -> Option<Mode> {
    let line = doc.slice(start, end).strip_suffix(')')?;
    labels::mode_alone(line.get(line.rfind('(')? + 1..)?)
}

/// Reads one announcement; `None` for a page that turns out to announce no meeting.
fn read_meeting(
    doc: &Doc<'_>,
    segment: &Segment,
    header: &mut Header,
    scratch: &mut prose::Scratch,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Meeting> {
    let &Segment {
        start,
        header_start,
        header_end,
        end,
        shape,
        ..
    } = segment;
    let mut labels = match shape {
        // A table's row: each cell the value of its column's label.
        Shape::Row { head, separator } => labels::read_row(
            doc,
            &labels::cells(doc, head.0, head.1, separator),
            &labels::cells(doc, header_start, header_end, separator),
        ),
        _ => labels::read(doc, start, end),
    };
    // Labels stacked over their values ("Date" over "24-25 October 2023") are an event
    // page's or a news item's, not a card's.
    if matches!(shape, Shape::Event | Shape::News | Shape::Page) {
        labels::read_stacked(doc, start, end, &mut labels);
    }
    if shape == Shape::Event && labels.city.is_none() && labels.country.is_none() {
        read_place_lines(doc, segment, &mut labels);
    }
    // "17 October 2023, online": an event card's date line may state the mode, as may a
    // story's under its title after a card.
    let date_line = match shape {
        Shape::Event => Some((header_start, header_end)),
        Shape::Page if labels.mode.is_none() => doc
            .slice(start, end)
            .find('\n')
            .and_then(|first_end| next_line(doc, start + first_end, end)),
        _ => None,
    };
    if let Some((line_start, line_end)) = date_line
        && let Some(Some(mode)) = segment::date_line(doc, line_start, line_end)
    {
        labels.mode.get_or_insert(mode);
    }
    // "Workshop on diaspora engagement (virtual)": a title line over the date may end with
    // the mode in parentheses, as a card header's name may.
    if matches!(shape, Shape::Event | Shape::News | Shape::Page)
        && labels.mode.is_none()
        && let Some(mode) = next_line(doc, start, end).and_then(|(s, e)| mode_closing(doc, s, e))
    {
        labels.mode = Some(mode);
    }
    let mut notes = std::mem::take(&mut header.diagnostics);

    // The date: from the header, a label, an event card's date line, else the prose.
    let anchor_date = match shape {
        Shape::Event => first_date(doc, header_start, header_end, false),
        _ => None,
    };
    let stated = header.date.or(labels.date).or(anchor_date);
    // A date without a year takes that of its `Year` label or column, or of the section
    // heading above ("2019").
    let year = labels.year.or(segment.year);
    let mut known = stated.and_then(|found| resolve_date(doc, found, year, &mut notes));

    let mut city_range = header.city.or(labels.city);
    let region = prose::Region {
        start,
        end,
        body: if shape == Shape::Page {
            start
        } else {
            header_end
        },
        clauses_end: header.clauses_end,
        city: city_range.map(|(s, e)| doc.slice(s, e)),
        // A news item's text may open with a dateline too, under its title.
        dateline_end: match shape {
            Shape::Page => dateline_end(doc, start, end),
            Shape::News => dateline_end(doc, header_end, end),
            _ => start,
        },
        date: known,
        section_year: year,
    };
    let mut prose = prose::read(doc, &region, scratch);
    // A bare date line over a news item is the day it was posted when the text reports
    // the meeting held shortly before it: "20 March 2019" over "On 12 and 13 March 2019,
    // the Rabat Process held ...". So is a press release's dateline that reads as a card
    // header of a place and one day, and nothing else ("Tunis, 19 September 2024"). The
    // text is then read without that date; only a text with a digit may date a meeting of
    // its own. A dateline's text opens with the meeting's day; a card's may date other
    // events further on ("a consultation took place the day before, on 13 June").
    let dateline_header = shape == Shape::Card
        && header.roles.is_empty()
        && header.title.is_none()
        && header.mode.is_none()
        && known.is_some_and(|d| d.start() == d.end());
    // The text's days within a date stated to the month or the year alone.
    if prose.date.is_some() {
        known = None;
    }
    // Where a date of the text's may be: anywhere, or in a dateline's first sentence.
    let dated_until = if dateline_header {
        first_sentence_end(doc, header_end, end)
    } else {
        end
    };
    if (shape == Shape::Event || dateline_header)
        && labels.date.is_none()
        && let Some(posted) = known
        && doc
            .slice(header_end, dated_until)
            .bytes()
            .any(|b| b.is_ascii_digit())
    {
        // A dateline's place may be where the text was written, not the venue.
        let unanchored = prose::Region {
            date: None,
            dateline_end: header_end,
            city: if dateline_header { None } else { region.city },
            ..region
        };
        let reread = prose::read(doc, &unanchored, scratch);
        if let Some((found, held)) = reread.date
            && found.start < dated_until
        {
            // A press release written before the meeting it announces ("Brussels, 2
            // February 2024" over "The next thematic meeting will take place in Dakar on
            // 12-13 March 2024"): its dateline's place is where it was written.
            let announces = dateline_header
                && held.start().first_day() > posted.end().last_day()
                && reread.venue.is_some()
                && doc.slice(header_end, dated_until).contains(" will ");
            if announces {
                city_range = labels.city;
                (header.country, header.city_country) = (None, None);
            }
            if announces || reports_earlier(held, posted) {
                known = None;
                prose = reread;
            }
        }
    }
    let mut date = known.or(prose.date.map(|(_, span)| span));
    // The day a news item was posted.
    let posted = || {
        first_date(doc, header_start, header_end, false)?
            .resolve(None)
            .ok()
    };
    // A news item dates its meeting by day and month alone, near the day it was posted:
    // the year is the one that puts the meeting nearest that day ("Published on 5 January
    // 2022" over "on 20 and 21 December" is December 2021).
    if shape == Shape::News
        && known.is_none()
        && let Some((found, _)) = prose.date
        && found.first.y.is_none()
        && found.last.y.is_none()
        && let Some(posted) = posted()
    {
        date = nearest_to(found, posted).or(date);
    }
    // A one-line card that names its meeting without a kind the prose knows ("Steering
    // Committee, Brussels, 25 March") is dated by its line all the same.
    if shape == Shape::OneLine && date.is_none() {
        date = first_date(doc, header_start, header_end, false)
            .or_else(|| calendar_days(doc, header_start, header_end))
            .and_then(|found| resolve_date(doc, found, year, &mut notes));
    }
    // A news item that neither dates nor names a meeting is about something else.
    if shape == Shape::News && date.is_none() && prose.kind.is_none() {
        return None;
    }
    // A page that names meetings only in the plural ("In 2019, the Rabat Process held
    // thematic meetings in Dakar, Addis Ababa and Brussels") announces none of them.
    if shape == Shape::Page
        && prose.kind.is_none()
        && doc
            .hits_in(start, end)
            .iter()
            .any(|&h| doc.kind(h).is_some() && prose::names_several(doc, h))
    {
        return None;
    }
    // A news item titled by its meeting whose text opens with its days, though its first
    // sentence names no meeting: "Ministerial Conference adopts the Cádiz Declaration" over
    // "On 14 June 2022, ministers ... adopted the Declaration". Not one that tells what
    // will be.
    if shape == Shape::News && date.is_none() && prose.kind.is_some() {
        let lead_end = first_sentence_end(doc, header_end, end);
        date = segment::opening_date(doc, header_end, lead_end)
            .filter(|_| !doc.slice(header_end, lead_end).contains(" will "))
            .and_then(|found| match posted() {
                Some(posted) if found.first.y.is_none() && found.last.y.is_none() => {
                    nearest_to(found, posted)
                }
                _ => resolve_date(doc, found, year, &mut notes),
            });
    }
    if shape == Shape::Page && date.is_none() {
        // A press release that dates its meeting only in the dateline was written on the
        // day of the meeting it reports ("DAKAR, 12 March 2019 - The Rabat Process held a
        // thematic meeting ..."); one about a meeting to come, as its lead sentence tells,
        // says nothing of its day. Further on, what will be is often another meeting.
        let lead_start = region.dateline_end.max(start);
        let lead_end = first_sentence_end(doc, lead_start, end);
        // Up to the meeting it names first: "met ... to prepare the next SOM, which will
        // take place in June" reports a meeting held.
        let lead_end = doc.first_meeting_end(lead_start, lead_end);
        let lead = doc.slice(lead_start, lead_end);
        let told = doc.slice(start, end);
        let reports = prose.kind.is_some() && (!lead.contains(" will ") || opened_today(told));
        date = reports
            .then(|| {
                first_date(
                    doc,
                    dateline_start(doc, start, end),
                    region.dateline_end,
                    false,
                )
            })
            .flatten()
            .and_then(|found| resolve_date(doc, found, None, &mut notes));
        date?;
    }
    // A press release, or a card, written on the day it dates: "concluded a two-day
    // meeting ... today" began the day before.
    {
        date = date.map(|day| days_around_posting(doc.slice(start, end), day).unwrap_or(day));
    }
    if date.is_none() && stated.is_none() && notes.is_empty() {
        notes.push(Diagnostic::warning(
            Code::MissingDate,
            doc.span(header_start, header_end),
            format!(
                "no date found for the announcement {:?}",
                shorten(doc.original(header_start, header_end))
            ),
        ));
    }
    diagnostics.extend(notes);

    // A one-line card names its place without "in" at times: "SOM, Madrid, 20 October
    // 2022"; its first city is then the venue.
    let listed_city = (shape == Shape::OneLine && prose.venue.is_none())
        .then(|| {
            doc.hits_in(header_start, header_end).iter().find_map(|&h| {
                doc.names(h).find_map(|n| match n {
                    crate::lexicon::Name::City(c) => Some(prose::Venue {
                        city: Some((h.start, h.end)),
                        country: Some(c.country()),
                    }),
                    _ => None,
                })
            })
        })
        .flatten();
    let venue = prose.venue.or(listed_city).filter(|_| city_range.is_none());
    let mode = labels.mode.or(header.mode).or(prose.mode).or_else(|| {
        // "Senior Officials' Meeting - online - 24 November 2020": a one-line card's mode
        // in a part of its own.
        (shape == Shape::OneLine)
            .then(|| {
                doc.slice(header_start, header_end)
                    .split([',', '(', ')', '|'])
                    .flat_map(|part| part.split(" - "))
                    .find_map(labels::mode_alone)
            })
            .flatten()
    });
    // Datelines open press releases, which are pages about one meeting, and news items
    // under their publication line; where the text was written is no venue of a meeting
    // held online.
    let dateline_at = match shape {
        Shape::Page => Some(dateline_start(doc, start, end)),
        Shape::News => {
            let body = doc.slice(header_end, end);
            Some(header_end + (body.len() - body.trim_start().len()))
        }
        _ => None,
    };
    let dateline = dateline_at
        .filter(|_| {
            city_range.is_none()
                && venue.is_none_or(|v| v.city.is_none())
                && mode != Some(Mode::Virtual)
        })
        .and_then(|at| dateline(doc, at, end));
    let city = city_range
        .or(venue.and_then(|v| v.city))
        .or(dateline.and_then(|d| d.city));
    // "Steering Committee" alone as the name of what was held names its kind; in prose
    // the committee is named by what it did ("the Steering Committee met").
    let title_range = header.title.or(labels.title).or_else(|| match shape {
        Shape::OneLine => one_line_title(doc, header_start, header_end),
        _ => (start < header_start)
            .then(|| kind_colon_title(doc, start, header_start))
            .flatten(),
    });
    let first_line = || doc.slice(start, end).lines().next().unwrap_or("");
    let kind = match labels.kind.or(prose.kind) {
        None | Some(MeetingKind::Meeting)
            if title_range.is_some_and(|(s, e)| names_the_committee(doc.slice(s, e)))
                || names_the_committee(first_line())
                // "3 May 2019 | Steering Committee | Brussels"
                || header.committee =>
        {
            Some(MeetingKind::SteeringCommittee)
        }
        // "Seminar on visas" over "8 May 2025": an event's title that opens with an event's
        // word names a meeting, though of no kind of its own.
        None if shape == Shape::Event
            && start < header_start
            && doc
                .first_hit_in(start, header_start)
                .is_some_and(|h| h.start == start && doc.kind(h).is_some()) =>
        {
            Some(MeetingKind::Meeting)
        }
        kind => kind,
    };
    let mut meeting = Meeting {
        city: city.map(|(s, e)| doc.clean(s, e)),
        date,
        kind: kind.unwrap_or_default(),
        title: title_range.or(prose.title).map(|(s, e)| doc.clean(s, e)),
        mode,
        themes: prose.themes,
        processes: prose.processes,
        participants: prose.participants.or_else(|| {
            let people = labels.people?;
            Some(crate::model::Participants {
                people: Some(people),
                ..Default::default()
            })
        }),
        // With the title lines above the header line, so that header and body hold all.
        header: doc.original(start, header_end).to_owned(),
        body: doc.original(header_end.max(start), end).trim().to_owned(),
        span: doc.announcement_span(start, end),
        ..Meeting::default()
    };
    if shape == Shape::Page {
        meeting.header.clear();
        meeting.body = doc.original(start, end).to_owned();
    }
    meeting.roles = std::mem::take(&mut header.roles)
        .into_iter()
        .chain(labels.roles)
        .chain(prose.roles)
        .map(|(role, party)| crate::PartyRole { role, party })
        .collect();
    // The dialogue's chair chairs the meeting where nobody else is said to.
    let chaired = |m: &Meeting| {
        m.roles
            .iter()
            .any(|r| matches!(r.role, Role::Chair | Role::CoChair))
    };
    if !chaired(&meeting) {
        for (role, party) in prose.dialogue_chairs {
            meeting.roles.insert(crate::PartyRole { role, party });
        }
    }
    // A chair is one party: two or more who chair the meeting co-chair it ("chaired by
    // Spain and Mali", "presided over by Spain and Mali jointly").
    let chairs: Vec<Party> = meeting.parties(Role::Chair).cloned().collect();
    if chairs.len() > 1 {
        meeting.roles.retain(|r| r.role != Role::Chair);
        for party in chairs {
            meeting.roles.insert(crate::PartyRole {
                role: Role::CoChair,
                party,
            });
        }
    }
    // "Representatives of UNHCR and IOM attended as observers", "Jordan and Lebanon were
    // invited to attend": named among those present, but present as observers or guests,
    // which says more. Roles are sorted by role, then party: each role's parties come
    // sorted.
    for role in [Role::Observer, Role::Guest] {
        let said_more: Vec<Party> = meeting.parties(role).cloned().collect();
        if !said_more.is_empty() {
            meeting.roles.retain(|r| {
                r.role != Role::Participant || said_more.binary_search(&r.party).is_err()
            });
        }
    }
    // The venue country: stated with the venue, stated after the city in the text, known
    // from the city, or else the one host country.
    let sole_host = || {
        // An online meeting has no venue for a host to stand for.
        if meeting.mode == Some(Mode::Virtual) {
            return None;
        }
        let mut hosts = meeting.parties(Role::Host).filter_map(Party::country);
        match (hosts.next(), hosts.next()) {
            (Some(host), None) => Some(host),
            _ => None,
        }
    };
    // Looked up only when nothing before it gives the country.
    let city_country =
        || city.and_then(|(s, e)| crate::lexicon::city_named(doc.slice(s, e)).map(|c| c.country()));
    meeting.country = header
        .country
        .or(labels.country)
        .or(prose.country)
        .or(venue.and_then(|v| v.country))
        .or(header.city_country)
        .or_else(city_country)
        .or(dateline.and_then(|d| d.country))
        .or_else(sole_host);
    // A dated item under (or over) a title that names no meeting, nor where, by whom or
    // how it was held, is news of something else: "New report on diaspora engagement
    // published" over "10/01/2024".
    let says_nothing_of_a_meeting = kind.is_none()
        && meeting.city.is_none()
        && meeting.country.is_none()
        && meeting.roles.is_empty()
        && meeting.participants.is_none()
        && meeting.mode.is_none();
    // (A date alone is a meeting's: canonical text writes one so.)
    let date_alone = start == header_start && doc.slice(header_end, end).trim().is_empty();
    if shape == Shape::Event && !date_alone && says_nothing_of_a_meeting {
        return None;
    }
    if meeting.country.is_none()
        && let Some((s, e)) = city
    {
        diagnostics.push(Diagnostic::warning(
            Code::UnknownVenue,
            doc.span(s, e),
            format!("no country known for the venue {:?}", doc.original(s, e)),
        ));
    }
    Some(meeting)
}

/// Resolves a date expression, noting why it cannot be a date.
fn resolve_date(
    doc: &Doc<'_>,
    found: dates::Found,
    default_year: Option<i32>,
    notes: &mut Vec<Diagnostic>,
) -> Option<DateSpan> {
    let written = doc.original(found.start, found.end);
    let span = doc.span(found.start, found.end);
    match found.resolve(default_year) {
        Ok(date) => Some(date),
        Err(problem) => {
            notes.push(match problem {
                dates::Problem::Impossible(m) => {
                    Diagnostic::error(Code::ImpossibleDate, span, format!("{m} in {written:?}"))
                }
                dates::Problem::Reversed(m) => {
                    Diagnostic::error(Code::ReversedRange, span, format!("{m} in {written:?}"))
                }
                dates::Problem::NoYear => Diagnostic::warning(
                    Code::MissingDate,
                    span,
                    format!("no year in date {written:?}"),
                ),
            });
            None
        }
    }
}

/// Where the dateline opening a page ends (at its dash), or `start` if there is none. The
/// date may stand between dashes after the place ("DAKAR, Senegal – 14 March 2024 – ..."):
/// the dateline then ends at the second.
fn dateline_end(doc: &Doc<'_>, start: usize, end: usize) -> usize {
    let line_start = dateline_start(doc, start, end);
    let line = doc.slice(line_start, end).lines().next().unwrap_or("");
    match dateline_cut(line) {
        Some((dash, after))
            if dash <= 80
                && (dateline(doc, line_start, end).is_some()
                    || only_date(doc, line_start, line_start + dash)) =>
        {
            let dated = line.get(after..).and_then(dateline_cut).and_then(|(d, _)| {
                let (s, e) = (line_start + after, line_start + after + d);
                only_date(doc, s, e).then_some(e)
            });
            dated.unwrap_or(line_start + dash)
        }
        _ => start,
    }
}

/// Where a press dateline ends in `line` and its story starts: at a dash between spaces
/// ("DAKAR, 12 April 2017 – The ...", the dash folded; "/PRNewswire/ --"), or at a colon
/// right after the dateline's date ("Rabat, 3 May 2019: The ..."). Byte offsets of the
/// separator and of what follows it.
fn dateline_cut(line: &str) -> Option<(usize, usize)> {
    let dash = [" - ", " -- "]
        .iter()
        .filter_map(|sep| line.find(sep).map(|i| (i, i + sep.len())))
        .min();
    let colon = line
        .find(": ")
        .filter(|&i| {
            line.get(..i)
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        })
        .map(|i| (i, i + 2));
    match (dash, colon) {
        (Some(d), Some(c)) => Some(d.min(c)),
        (d, c) => d.or(c),
    }
}

/// Whether folded `start..end` is a date and nothing else: a dateline without its place
/// ("2 June 2020 – The Steering Committee met on 28 May 2020 ...").
pub(super) fn only_date(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    first_date(doc, start, end, false)
        .is_some_and(|found| found.start == start && doc.slice(found.end, end).trim().is_empty())
}

/// Where the line that may open a page with a press dateline starts in folded
/// `start..end`: the first line, or the one after a title line or two ("Press release"
/// over "Partners meet in Abuja" over "ABUJA, 12 November 2019 – More than 90
/// representatives ...").
pub(super) fn dateline_start(doc: &Doc<'_>, start: usize, end: usize) -> usize {
    const MAX_TITLE_LEN: usize = 200;
    const MAX_TITLES: usize = 2;
    let at_line = |from: usize| {
        let rest = doc.slice(from, end);
        from + (rest.len() - rest.trim_start().len())
    };
    let mut line_start = at_line(start);
    for _ in 0..MAX_TITLES {
        let line = doc.slice(line_start, end).lines().next().unwrap_or("");
        let titled = line.len() <= MAX_TITLE_LEN
            && !line.contains(" - ")
            && !line.trim_end().ends_with(['.', '!', '?']);
        let after = at_line(line_start + line.len());
        // A title stands over more text.
        if !titled || after >= end {
            break;
        }
        line_start = after;
    }
    line_start
}

/// The first date in folded `start..end`: a dateline's ("DAKAR, 12 April 2017"), an event's
/// date line's, a one-line card's; with `bare_years`, a year alone too, as a label's value
/// may give it ("Date: 2019").
pub(super) fn first_date(
    doc: &Doc<'_>,
    start: usize,
    end: usize,
    bare_years: bool,
) -> Option<dates::Found> {
    let tokens = tokens::tokenize(doc.text(), start, end);
    dates::find_all(&tokens, doc.text(), bare_years)
        .into_iter()
        .next()
}

/// A press dateline opening the announcement: "Dakar, Senegal – The International
/// Organization for Migration ...". Where the story was written: the venue only when the
/// text names no other.
pub(super) fn dateline(doc: &Doc<'_>, start: usize, end: usize) -> Option<prose::Venue> {
    let text = doc.slice(start, end);
    let line_start = start + (text.len() - text.trim_start().len());
    let line = text.trim_start().lines().next()?;
    let place = line.get(..dateline_cut(line)?.0)?;
    if place.len() > 80 {
        return None;
    }
    // "(Dakar, 12 April 2017) –"
    let (place, line_start) = match place.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
        Some(inner) => (inner, line_start + 1),
        None => (place, line_start),
    };
    // "Dakar, Senegal", "DAKAR, 12 April 2017", "Dakar, Senegal, 12 April 2017".
    let mut venue = prose::Venue::default();
    let mut offset = line_start;
    for (n, part) in place.split(',').enumerate() {
        let s = offset + (part.len() - part.trim_start().len());
        let e = s + part.trim().len();
        offset += part.len() + 1;
        let part = part.trim();
        if part.is_empty() || part.contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if n == 0 {
            // "Dakar (Senegal)": the country in parentheses after the city.
            let (city, country) = match part.split_once(" (") {
                Some((city, rest)) => (city, rest.strip_suffix(')')),
                None => (part, None),
            };
            let capitalised = city
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
            if !capitalised {
                return None;
            }
            venue.city = Some((s, s + city.len()));
            if let Some(country) = country {
                let at = s + city.len() + 2;
                venue.country = doc.country_at(at, at + country.len());
            }
        } else if venue.country.is_none() {
            venue.country = doc.country_at(s, e);
        }
    }
    venue.city.map(|_| venue)
}

/// The title a title line gives after the kind and a colon, in folded `start..end` (the
/// lines above an announcement's anchor): "Webinar: Digitalisation of consular services".
fn kind_colon_title(doc: &Doc<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    let text = doc.slice(start, end);
    let line = text.lines().next()?;
    let colon = line.find(": ")?;
    let kind = doc.first_hit_in(start, start + colon)?;
    if kind.start != start || kind.end != start + colon || doc.kind(kind).is_none() {
        return None;
    }
    let after = line.get(colon + 1..)?;
    let title_start = start + colon + 1 + (after.len() - after.trim_start().len());
    let title = after.trim().trim_end_matches('.');
    title
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        .then_some((title_start, title_start + title.len()))
}

/// The title a one-line card gives after its kind and a colon, up to the place or the
/// date: "Webinar: Digital consular services, 5 May 2021", "- Workshop: Return and
/// reintegration (Niamey, 3 December 2019)".
fn one_line_title(doc: &Doc<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    let line = doc.slice(start, end);
    let bullet = line.len() - line.trim_start_matches(labels::BULLETS).trim_start().len();
    let (title_start, title_end) = kind_colon_title(doc, start + bullet, end)?;
    let title = doc.slice(title_start, title_end);
    let text = doc.text();
    // The first separator that a date or a known place follows ends the title; others
    // are the title's own ("Return, readmission and reintegration").
    let cut = [", ", " (", " - ", " | "]
        .iter()
        .flat_map(|sep| title.match_indices(sep))
        .map(|(i, sep)| (i, title_start + i + sep.len()))
        .filter(|&(_, next)| {
            dates::may_start_at(text, next, title_end)
                || doc
                    .first_hit_in(next, title_end)
                    .is_some_and(|h| h.start == next && doc.city_at(h.start, h.end).is_some())
        })
        .map(|(i, _)| i)
        .min()?;
    let title = title.get(..cut)?.trim_end();
    (!title.is_empty()).then_some((title_start, title_start + title.len()))
}

/// Whether a title or title line is the Steering Committee's name alone: "Steering
/// Committee", "Steering Committee of the Rabat Process", "STEERING COMMITTEE", perhaps
/// as the name that opens a line of a list before a comma or a spaced dash ("Steering
/// Committee, Brussels, 25 March").
pub(super) fn names_the_committee(title: &str) -> bool {
    let title = title.trim();
    let title = title
        .strip_prefix(labels::BULLETS)
        .map_or(title, str::trim_start);
    // A calendar's item: "28: Steering Committee, Brussels".
    let title = segment::day_lead(title).map_or(title, |(len, ..)| title.get(len..).unwrap_or(""));
    // The dialogue's: "Rabat Process Steering Committee".
    let title = crate::text::starts_with_any(title, &["rabat process "])
        .and_then(|lead| title.get(lead.len()..))
        .unwrap_or(title);
    // Asked of the first line of most announcements: most open with another word.
    let opens = |word: &str| {
        title
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    if !(opens("steering") || opens("comite")) {
        return false;
    }
    let name_end = [title.find(','), title.find(" - "), title.find(" | ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(title.len());
    let title = title
        .get(..name_end)
        .unwrap_or(title)
        .trim_end_matches(['.', ':']);
    // Word by word: a wrapped line may break the name ("Steering" over "Committee").
    [
        "steering committee",
        "steering committee of the rabat process",
        "comite de pilotage",
    ]
    .iter()
    .any(|name| {
        let mut words = title.split_whitespace();
        name.split(' ')
            .all(|n| words.next().is_some_and(|w| w.eq_ignore_ascii_case(n)))
            && words.next().is_none()
    })
}

/// The first 60 characters of `text`, with "..." if cut.
fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        short.push_str("...");
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The venue cities of the meetings of `page`, in order.
    fn cities(page: &str) -> Vec<Option<String>> {
        parse_page(page)
            .meetings
            .into_iter()
            .map(|m| m.city)
            .collect()
    }

    #[test]
    fn the_committee_named_alone() {
        for named in [
            "Steering Committee",
            "STEERING COMMITTEE.",
            "- Steering Committee, Brussels, 25 March",
            "Steering Committee - Brussels - 4 February 2022",
            "Rabat Process Steering Committee, Brussels, 3 May 2019",
        ] {
            assert!(names_the_committee(named), "{named}");
        }
        for other in [
            "Steering Committee members met.",
            "Members of the Steering Committee",
        ] {
            assert!(!names_the_committee(other), "{other}");
        }
    }

    #[test]
    fn a_press_release_dates_a_meeting_that_ends_or_opens_on_its_day() {
        let dates = |body: &str| {
            let page = format!("Rabat Process news\n\nACCRA, 14 November 2025 - {body}");
            let parsed = crate::parse_page(&page);
            parsed.meetings.first()?.date.map(|d| d.to_string())
        };
        let ended =
            "Senior officials concluded a two-day Senior Officials' Meeting in Accra today.";
        assert_eq!(dates(ended).as_deref(), Some("13-14 November 2025"));
        let opened = "Today, experts opened a three-day workshop on return in Accra.";
        assert_eq!(dates(opened).as_deref(), Some("14-16 November 2025"));
        // Without its length, or with no word of its end or opening, the day alone.
        let held = "A thematic meeting on return was held in Accra today.";
        assert_eq!(dates(held).as_deref(), Some("14 November 2025"));
        let two_day = "A two-day thematic meeting on return is under way in Accra today.";
        assert_eq!(dates(two_day).as_deref(), Some("14 November 2025"));
        let talks = "Today, ministers closed two days of talks at the thematic meeting in Accra.";
        assert_eq!(dates(talks).as_deref(), Some("13-14 November 2025"));
        // The day it runs until, within a fortnight, in the next year if need be.
        let until = "The workshop on return opened today in Accra and will run until 16 November.";
        assert_eq!(dates(until).as_deref(), Some("14-16 November 2025"));
        let through = "A training on border management began today, through November 18.";
        assert_eq!(dates(through).as_deref(), Some("14-18 November 2025"));
        let still = "The workshop, still open to all, opened today and runs till 16 November.";
        assert_eq!(dates(still).as_deref(), Some("14-16 November 2025"));
        let far = "The workshop on return opened today and will run until 16 December.";
        assert_eq!(dates(far).as_deref(), Some("14 November 2025"));
        // "Yesterday" tells of the day before.
        let yesterday = "The Rabat Process held a thematic meeting in Accra yesterday.";
        assert_eq!(dates(yesterday).as_deref(), Some("13 November 2025"));
        let chaired = "Yesterday, Ghana and Belgium co-chaired a thematic meeting in Accra.";
        assert_eq!(dates(chaired).as_deref(), Some("13 November 2025"));
        // A meeting still to come, told after the one held, leaves it reported.
        let prepares = "Today, the Steering Committee met in Accra to prepare the next SOM, \
                        which will take place in Dakar in June 2026.";
        assert_eq!(dates(prepares).as_deref(), Some("14 November 2025"));
        let ended = "Yesterday, experts concluded a two-day workshop on return in Accra.";
        assert_eq!(dates(ended).as_deref(), Some("12-13 November 2025"));
        let said = "Yesterday the minister said the workshop on return in Accra was useful.";
        assert_eq!(dates(said).as_deref(), Some("14 November 2025"));
        // What will be, further on, is another meeting: the story reports its own.
        let next = "The Steering Committee met today in Accra. The next thematic meeting \
                    will be hosted by Ghana on 15-16 May 2026.";
        assert_eq!(dates(next).as_deref(), Some("14 November 2025"));
        let held = "The Rabat Process held a thematic meeting on return in Accra, hosted \
                    by Ghana.\n\nThe next thematic meeting will be hosted by Senegal in Dakar \
                    on 15-16 May 2026.";
        assert_eq!(dates(held).as_deref(), Some("14 November 2025"));
        let coming = "The Steering Committee will meet in Accra to prepare the next meeting.";
        assert_eq!(dates(coming), None);
        // A card written on its day reads so too.
        let card = "Dakar, 30 December 2025\n\nThe workshop on return opened today in Dakar \
                    and will run until 2 January.";
        let parsed = crate::parse_page(card);
        assert_eq!(
            parsed.meetings[0].date.map(|d| d.to_string()).as_deref(),
            Some("30 December 2025 - 2 January 2026")
        );
    }

    #[test]
    fn a_press_release_dated_only_by_its_dateline_tells_other_events_by_their_days() {
        let roles = |body: &str| {
            let page = format!("LISBON, 14 February 2024 — {body}");
            let parsed = crate::parse_page(&page);
            let meeting = parsed.meetings.first().expect(body);
            let listed: Vec<String> = meeting.roles.iter().map(ToString::to_string).collect();
            listed
        };
        for other in [
            "The SOM of 5 June 2024 will be hosted by Nigeria.",
            "The Committee prepared the SOM of June 2024, hosted by Nigeria.",
            "It recalled the thematic meeting held in Praia on 6-7 December 2023, hosted by \
             Nigeria.",
        ] {
            let body =
                format!("The Steering Committee met today in Lisbon, chaired by Mali. {other}");
            assert_eq!(roles(&body), ["chair: Mali"], "{other}");
        }
        // The days up to the dateline are the story's: it reports a meeting that ended on
        // them, and its roles are those of the meeting.
        let body = "The Steering Committee met in Lisbon. On 12 and 13 February 2024 it was \
                    hosted by Portugal.";
        assert_eq!(roles(body), ["host: Portugal"]);
        // A paragraph on preparations for another meeting goes on the story, above a card.
        let page = "LISBON, 14 February 2024 — The Steering Committee met today in Lisbon.\n\n\
                    The Committee reviewed preparations for the Senior Officials' Meeting \
                    planned for Abuja in June 2024, to be hosted by Nigeria.\n\n\
                    Madrid, 22-23 May 2024\n\nThematic meeting on legal migration.";
        let parsed = crate::parse_page(page);
        let kinds: Vec<MeetingKind> = parsed.meetings.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [MeetingKind::SteeringCommittee, MeetingKind::ThematicMeeting]
        );
        assert!(parsed.meetings[0].roles.is_empty());
    }

    #[test]
    fn a_news_item_dates_its_meeting_in_the_year_nearest_its_posting() {
        let dates = |page: &str| {
            let parsed = parse_page(page);
            let meeting = parsed.meetings.into_iter().next()?;
            Some(meeting.date?.to_string())
        };
        let page = "Migration dialogue in Abuja\nPublished on 5 January 2022\n\nNigeria hosted a technical meeting on 20 and 21 December in Abuja.";
        assert_eq!(dates(page).as_deref(), Some("20-21 December 2021"));
        let page = "Save the date\nPublished on 5 January 2022\n\nNigeria will host a technical meeting on 3 March in Abuja.";
        assert_eq!(dates(page).as_deref(), Some("3 March 2022"));
    }

    #[test]
    fn a_news_item_titled_by_its_meeting_is_dated_by_the_days_its_text_opens_with() {
        // The first meeting's date; `None` for no meeting.
        let date = |page: &str| {
            let parsed = parse_page(page);
            let meeting = parsed.meetings.into_iter().next()?;
            Some(meeting.date.map(|d| d.to_string()))
        };
        let page = "Ministerial Conference adopts the Cadiz Declaration\nPosted on 16/06/2022\n\n\
                    On 14 June 2022, ministers of the partner countries adopted the Cadiz \
                    Declaration. The conference was chaired by Spain.";
        assert_eq!(date(page), Some(Some("14 June 2022".to_owned())));
        let page = "Ministerial Conference in Cadiz\nPosted on 16 June 2022\n\n\
                    On 14 June, ministers of the partner countries adopted the Cadiz \
                    Declaration.";
        assert_eq!(date(page), Some(Some("14 June 2022".to_owned())));
        // Days to come are not the meeting's own where the text opens with them.
        let page = "Ministerial Conference in Cadiz\nPosted on 1 June 2022\n\n\
                    On 14 June 2022, ministers will adopt the Cadiz Declaration.";
        assert_eq!(date(page), Some(None));
    }

    #[test]
    fn the_dialogues_chair_chairs_the_meeting_only_where_nobody_else_does() {
        let roles = |body: &str| {
            let page = format!("Dakar, 12-13 July 2022\n{body}");
            let parsed = parse_page(&page);
            let m = parsed.meetings.into_iter().next().unwrap();
            m.roles
                .iter()
                .map(|r| format!("{}: {}", r.role, r.party))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            roles(
                "Under the Senegalese chairmanship of the Rabat Process, the meeting was co-chaired by Senegal and Italy."
            ),
            ["co_chair: Italy", "co_chair: Senegal"]
        );
        assert_eq!(
            roles("Under the Senegalese chairmanship of the Rabat Process, officials met."),
            ["chair: Senegal"]
        );
        // The same where a wrapped line breaks the dialogue's name.
        assert_eq!(
            roles(
                "Under the Senegalese chairmanship of the Rabat\nProcess, the meeting was co-chaired by Senegal and Italy."
            ),
            ["co_chair: Italy", "co_chair: Senegal"]
        );
    }

    #[test]
    fn two_who_chair_a_meeting_co_chair_it() {
        let roles = |text: &str| {
            let parsed = parse_page(text);
            let m = parsed.meetings.into_iter().next().unwrap();
            m.roles
                .iter()
                .map(|r| format!("{}: {}", r.role, r.party))
                .collect::<Vec<_>>()
        };
        for text in [
            "Bamako, 16 March 2019\nThe expert meeting was chaired by Spain and Mali.",
            "Bamako, 16 March 2019\nThe meeting was presided over by Spain and Mali jointly.",
            "Bamako, 16 March 2019, chaired by Spain and Mali.",
            "Bamako, 16 March 2019, chaired by Spain.\nMali chaired the meeting.",
        ] {
            assert_eq!(roles(text), ["co_chair: Spain", "co_chair: Mali"], "{text}");
        }
        assert_eq!(
            roles("Bamako, 16 March 2019\nThe meeting was chaired by Spain."),
            ["chair: Spain"]
        );
    }

    #[test]
    fn a_tables_year_column_gives_its_dates_their_year() {
        let page = "Year\tMeeting\tVenue\tDates\n\
                    2019\tThematic meeting on legal migration\tDakar, Senegal\t12-13 March\n\
                    2018\tWorkshop on return\tNiamey\t4-5 June\n";
        let parsed = parse_page(page);
        let read: Vec<(String, MeetingKind)> = parsed
            .meetings
            .iter()
            .map(|m| (m.date.unwrap().to_string(), m.kind))
            .collect();
        assert_eq!(
            read,
            [
                ("12-13 March 2019".to_owned(), MeetingKind::ThematicMeeting),
                ("4-5 June 2018".to_owned(), MeetingKind::Workshop)
            ]
        );
    }

    #[test]
    fn tables_in_html_and_tables_one_after_another() {
        let html = "<table>\n  <tr>\n    <th>Date</th>\n    <th>Venue</th>\n  </tr>\n  <tr>\n    \
                    <td>12-13 March 2019</td>\n    <td>Dakar, Senegal</td>\n  </tr>\n</table>";
        assert_eq!(cities(html), [Some("Dakar".to_owned())]);
        // A head row again starts the next table: it is no row of the first.
        let tables = "Date\tVenue\n12-13 March 2019\tDakar\n\nDate\tVenue\n2-3 July 2019\tAccra\n";
        assert_eq!(
            cities(tables),
            [Some("Dakar".to_owned()), Some("Accra".to_owned())]
        );
    }

    #[test]
    fn a_page_that_gives_nothing_says_so() {
        let parsed = parse_page("About us\n\nThe Rabat Process is a dialogue.\n");
        assert!(parsed.meetings.is_empty());
        let codes: Vec<Code> = parsed.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::StrayText]);
        assert_eq!(parsed.diagnostics[0].span, Span { start: 0, end: 42 });
        // White space alone is no page.
        assert!(parse_page(" \n\n ").diagnostics.is_empty());
    }

    #[test]
    fn an_announcements_span_opens_with_the_marks_of_its_first_line() {
        let start = |page: &str| parse_page(page).meetings.first().map(|m| m.span.start);
        for page in [
            "**Accra, 4 June 2019**, hosted by Ghana.\nText.",
            "## Accra, 4 June 2019, hosted by Ghana.\nText.",
            "*Accra, 4 June 2019*, hosted by Ghana.\nText.",
        ] {
            assert_eq!(start(page), Some(0), "{page}");
        }
        // Not with a byte-order mark, which is no part of the text.
        assert_eq!(
            start("\u{feff}Accra, 4 June 2019, hosted by Ghana."),
            Some(3)
        );
    }

    #[test]
    fn an_events_title_that_opens_with_an_events_word_names_a_meeting() {
        let kinds = |page: &str| -> Vec<MeetingKind> {
            parse_page(page).meetings.iter().map(|m| m.kind).collect()
        };
        let page = "Seminar on visas\n8 May 2025\n\nConference on remittances\n9 May 2025";
        assert_eq!(kinds(page), [MeetingKind::Meeting, MeetingKind::Meeting]);
        // Not news of something else.
        assert!(kinds("New report on remittances\n9 May 2025").is_empty());
    }

    #[test]
    fn a_news_items_headline_over_the_day_it_was_posted_opens_it() {
        let spans = |page: &str| -> Vec<usize> {
            parse_page(page)
                .meetings
                .iter()
                .map(|m| m.span.start)
                .collect()
        };
        let item = "Launch of the Cadiz Action Plan\n\n01/07/2022\n\nMinisters adopted the \
                    Cadiz Action Plan at the Ministerial Conference held in Cádiz on 13-14 \
                    June 2022.";
        assert_eq!(spans(item), [0]);
        let page =
            format!("Steering Committee meeting\n\n3 May 2022\n\nThe committee met.\n\n{item}");
        let second = page.find("Launch").unwrap_or_default();
        assert_eq!(spans(&page), [0, second]);
        // Not a heading that names nothing the lexicon knows, nor a card's venue line.
        let page = "Latest from the secretariat\n\n01/07/2022\n\nMinisters adopted the \
                    Cadiz Action Plan at the Ministerial Conference held in Cádiz on 13-14 \
                    June 2022.";
        assert_eq!(spans(page), [page.find("01/07").unwrap_or_default()]);
    }

    #[test]
    fn a_heading_over_cards_makes_none_another_event() {
        for page in [
            "Previous meetings\nThematic meeting on return, Dakar, 2 May 2018\nWorkshop on visas, Rabat, 3 May 2018",
            "Past events\n- Thematic meeting on return, Dakar, 2 May 2018\n- Workshop on visas, Rabat, 3 May 2018",
        ] {
            let kinds: Vec<MeetingKind> =
                parse_page(page).meetings.iter().map(|m| m.kind).collect();
            assert_eq!(
                kinds,
                [MeetingKind::ThematicMeeting, MeetingKind::Workshop],
                "{page}"
            );
        }
        // In a sentence, the word before still says so.
        let page = "Dakar, 3 May 2019\nThe partners prepared the previous thematic meeting.";
        assert_eq!(parse_page(page).meetings[0].kind, MeetingKind::Meeting);
    }

    #[test]
    fn a_news_items_dateline_under_its_title_dates_no_meeting() {
        let page = "PRESS RELEASE | 14 March 2019\n\nPartners discuss legal migration\n\n\
                    Dakar, 14 March 2019 – The Rabat Process held a thematic meeting in Dakar \
                    on 12 and 13 March 2019, co-chaired by Senegal and France.";
        let meetings = parse_page(page).meetings;
        assert_eq!(meetings.len(), 1);
        let m = &meetings[0];
        assert_eq!(
            m.date.map(|d| d.to_string()).as_deref(),
            Some("12-13 March 2019")
        );
        assert_eq!(m.roles.len(), 2);
    }

    #[test]
    fn a_page_that_names_meetings_only_in_the_plural_announces_none() {
        let summary = "In 2019, the Rabat Process held thematic meetings in Dakar (March) and \
                       Brussels (September).";
        assert!(parse_page(summary).meetings.is_empty());
        // One named alone is the page's.
        let page = format!("{summary} On 3 May 2019, a workshop was held in Accra.");
        let meetings = parse_page(&page).meetings;
        assert_eq!(meetings.len(), 1);
        assert_eq!(meetings[0].kind, MeetingKind::Workshop);
        assert_eq!(meetings[0].city.as_deref(), Some("Accra"));
    }

    #[test]
    fn a_dated_item_that_says_nothing_of_a_meeting_is_none() {
        let item = |title: &str, text: &str| {
            parse_page(&format!(
                "Steering Committee meets in Brussels\n02/02/2024\nThe Steering Committee met \
                 in Brussels on 1 February 2024.\n\n{title}\n10/01/2024\n{text}\n"
            ))
            .meetings
            .len()
        };
        assert_eq!(
            item(
                "New report on diaspora engagement published",
                "The Secretariat published a report on diaspora engagement."
            ),
            1
        );
        // The date over the title alike.
        let page = "23 October 2023\nThematic meeting on labour migration\nExperts met in \
                    Abuja.\n\n12 September 2023\nICMPD signs an agreement with Ghana\nICMPD \
                    and Ghana signed an agreement.";
        assert_eq!(parse_page(page).meetings.len(), 1);
        // A meeting by its kind, its venue or its parties.
        assert_eq!(item("Diaspora engagement", "A workshop took place."), 2);
        assert_eq!(item("Diaspora engagement", "Experts met in Dakar."), 2);
        assert_eq!(item("Diaspora engagement", "Hosted by Senegal."), 2);
    }

    #[test]
    fn a_one_line_card_states_its_mode_in_a_part_of_its_own() {
        let mode = |page: &str| parse_page(page).meetings.first().and_then(|m| m.mode);
        let page = "Senior Officials' Meeting - online - 24 November 2020 - chaired by Mali";
        assert_eq!(mode(page), Some(Mode::Virtual));
        let page = "- Workshop on return, Tunis (hybrid), 4 April 2019";
        assert_eq!(mode(page), Some(Mode::Hybrid));
        // A word of a longer part says nothing of the meeting's mode.
        let page =
            "- Workshop on return, online tools for registering returnees, Tunis, 4 April 2019";
        assert_eq!(mode(page), None);
    }

    #[test]
    fn where_those_trained_were_is_the_venue() {
        let page = "Workshop on document fraud\n6 December 2023 (hybrid)\n\n\
                    Border officials from 12 countries were trained in Nouakchott and online.";
        assert_eq!(cities(page), [Some("Nouakchott".into())]);
    }

    #[test]
    fn an_event_cards_date_line_may_state_the_mode() {
        let modes = |page: &str| -> Vec<Option<crate::Mode>> {
            parse_page(page).meetings.iter().map(|m| m.mode).collect()
        };
        let page = "Expert meeting on labour migration\n17 October 2023, online\n\n\
                    The experts met.\n\n\
                    Workshop on return\n18 October 2023 (hybrid)\n\nThe experts met.\n\n\
                    Workshop on visas\n19 October 2023, 10:00-12:00 CET\n\nThe experts met.";
        assert_eq!(
            modes(page),
            [Some(crate::Mode::Virtual), Some(crate::Mode::Hybrid), None]
        );
        // So may a titled story's after a card.
        let page = "Rome, 25-26 November 2023, hosted by Italy.\nThe SOM took place.\n\n\
                    Expert meeting on labour migration\n17 October 2023, online\n\n\
                    The experts met.";
        assert_eq!(modes(page), [None, Some(crate::Mode::Virtual)]);
    }

    #[test]
    fn an_event_cards_title_may_end_with_the_mode() {
        let modes = |page: &str| -> Vec<Option<Mode>> {
            parse_page(page).meetings.iter().map(|m| m.mode).collect()
        };
        let page = "Workshop on diaspora engagement (virtual)\n27 April 2021\n\n\
                    A workshop on diaspora engagement took place.\n\n\
                    Workshop on return (hybrid)\n28 April 2021\n\nThe experts met.\n\n\
                    Workshop on visas (Dakar)\n29 April 2021\n\nThe experts met.";
        assert_eq!(modes(page), [Some(Mode::Virtual), Some(Mode::Hybrid), None]);
        // Only the mode alone in them: a remark on the title says nothing of it.
        let page = "Workshop on online tools (for registering returnees)\n27 April 2021\n\n\
                    The experts met.";
        assert_eq!(modes(page), [None]);
    }

    #[test]
    fn an_event_card_set_off_line_by_line_keeps_its_lines() {
        let kinds = |page: &str| -> Vec<MeetingKind> {
            parse_page(page).meetings.iter().map(|m| m.kind).collect()
        };
        let page = "Thematic meeting on legal migration\n\n12/03/2019 - 13/03/2019\n\n\
                    Dakar, Senegal\n\nThe meeting brought together 25 partner countries.";
        assert_eq!(cities(page), [Some("Dakar".into())]);
        // Over the next card, the venue is still the card's, not a heading of the next.
        let page = "Thematic meeting\n\n12 Mar 2019 - 13 Mar 2019\n\nDakar, Senegal\n\n\n\
                    Steering Committee meeting\n\n27 Mar 2019\n\nBrussels, Belgium\n";
        assert_eq!(
            cities(page),
            [Some("Dakar".into()), Some("Brussels".into())]
        );
        // The venue between the title and the date line; a role stated on a line of its
        // own, no heading of the next card.
        let page = "Thematic meeting on legal migration\n\nDakar, Senegal\n\n12-13 March 2019\n\n\n\
                    Expert meeting on return\n\nBanjul, The Gambia\n\n6 December 2023\n\n\
                    Co-chaired by The Gambia and Belgium\n\n\n\
                    Senior Officials' Meeting\n\nOnline\n\n24 November 2020\n";
        let meetings = parse_page(page).meetings;
        let read: Vec<_> = meetings
            .iter()
            .map(|m| (m.city.as_deref(), m.kind, m.roles.len()))
            .collect();
        assert_eq!(
            read,
            [
                (Some("Dakar"), MeetingKind::ThematicMeeting, 0),
                (Some("Banjul"), MeetingKind::ExpertMeeting, 2),
                (None, MeetingKind::SeniorOfficialsMeeting, 0)
            ]
        );
        // The first card shows which lines stand over a date line: its kind label, or
        // none (the title and venue under a card's date line are then its own).
        let page = "Event type: Thematic meeting\n\nDate: 4 June 2019\n\nLocation: Praia\n\n\n\
                    Event type: Steering Committee\n\nDate: 17 September 2019\n\n\
                    Location: Brussels\n";
        assert_eq!(
            kinds(page),
            [MeetingKind::ThematicMeeting, MeetingKind::SteeringCommittee]
        );
        let page = "26 - 27 Apr 2022\n\nThematic meeting on irregular migration\n\n\
                    Brussels, Belgium\n\n\n14 Dec 2021\n\nSenior Officials' Meeting\n\n\
                    Madrid, Spain\n";
        assert_eq!(
            cities(page),
            [Some("Brussels".into()), Some("Madrid".into())]
        );
        // The committee named alone titles its meeting's card.
        let page = "Workshop on smuggling of migrants\n\nNiamey, 5-6 November 2019\n\n\
                    Organised by ICMPD.\n\nSteering Committee\n\nBrussels, 17 September 2019\n\n\
                    The committee met.\n";
        assert_eq!(
            kinds(page),
            [MeetingKind::Workshop, MeetingKind::SteeringCommittee]
        );
        // A label on the last line is the card's too.
        let page = "Expert meeting on migration data\n\nDate: 7 March 2017\n\n\
                    Organiser: ICMPD\n\n\nWorkshop on labour migration\n\nDate: 12 June 2018\n";
        let meetings = parse_page(page).meetings;
        assert_eq!(meetings.first().map(|m| m.roles.len()), Some(1));
        // A sentence under the date line states no venue alone.
        let page = "Thematic meeting on legal migration\n\n12/03/2019 - 13/03/2019\n\n\
                    Dakar, Accra and Banjul sent experts.";
        assert_eq!(cities(page), [None]);
    }

    #[test]
    fn a_one_line_card_gives_the_title_after_its_kind_and_a_colon() {
        let read = |page: &str| {
            let m = parse_page(page).meetings.into_iter().next()?;
            Some((m.title?, m.city))
        };
        let page =
            "Workshop: Reintegration of returnees (Niamey, 3 December 2019)\nOrganised by Niger.";
        assert_eq!(
            read(page),
            Some(("Reintegration of returnees".into(), Some("Niamey".into())))
        );
        // The title's own commas stay; the mode's word in it makes no virtual place.
        let page = "- Webinar: Return, readmission and reintegration, 5 May 2021";
        assert_eq!(
            read(page),
            Some(("Return, readmission and reintegration".into(), None))
        );
        // Without a colon after the kind, no title.
        assert_eq!(read("- Workshop on return, Tunis, 4 April 2019"), None);
    }

    #[test]
    fn a_date_to_the_month_or_year_leaves_the_days_to_the_text() {
        let date = |page: &str| {
            let m = parse_page(page).meetings.into_iter().next()?;
            Some(m.date?.to_string())
        };
        let page = "Abuja, June 2024.\nOn 11 and 12 June 2024, experts met in Abuja.";
        assert_eq!(date(page).as_deref(), Some("11-12 June 2024"));
        let page = "Yaoundé, 2023, hosted by Cameroon.\nThe meeting took place from the 12th to \
                    the 14th of September 2023.";
        assert_eq!(date(page).as_deref(), Some("12-14 September 2023"));
        // Days outside the header's month are another event's.
        let page = "Abuja, June 2024.\nOn 11 and 12 July 2024, experts met in Abuja.";
        assert_eq!(date(page).as_deref(), Some("June 2024"));
    }

    #[test]
    fn a_header_whose_date_cannot_be_read_starts_an_announcement() {
        let page = "Accra, 3 May 2023, hosted by Ghana.\nThe meeting took place.\n\n\
                    Lomé, hosted by Togo.\nThe workshop was held on 5-6 December 2023.";
        let parsed = parse_page(page);
        let hosts: Vec<usize> = parsed.meetings.iter().map(|m| m.roles.len()).collect();
        assert_eq!(hosts, [1, 1]);
        assert_eq!(
            parsed.meetings[1].date.map(|d| d.to_string()).as_deref(),
            Some("5-6 December 2023")
        );
        let codes: Vec<Code> = parsed.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::MalformedHeader]);
        // A sentence that opens with its subject set off by commas is no header.
        let page = "Madrid, 1 July 2019.\nSenegal, the host country, welcomed the participants.";
        assert_eq!(parse_page(page).meetings.len(), 1);
    }

    #[test]
    fn datelines_in_their_forms_give_the_venue_the_text_names_no_other() {
        for dateline in [
            "DAKAR (Senegal), 12 April 2017 –",
            "Dakar, 12 April 2017:",
            "DAKAR, Senegal, 12 April 2017 /PRNewswire/ --",
            "(Dakar, 12 April 2017) –",
            "Dakar, April 12, 2017 —",
        ] {
            let page = format!(
                "Press release\n\n{dateline} The Rabat Process held a thematic meeting on \
                 legal migration today, hosted by Senegal."
            );
            let parsed = parse_page(&page);
            let m = &parsed.meetings[0];
            let city = m.city.as_ref().map(|c| c.to_lowercase());
            assert_eq!(city.as_deref(), Some("dakar"), "{dateline}");
            assert_eq!(m.date.unwrap().to_string(), "12 April 2017", "{dateline}");
        }
        // The date between dashes after the place is the dateline's: the text's own date
        // is the meeting's, and with none, the dateline's is.
        let page = "DAKAR, Senegal — 14 March 2024 — Senegal and France co-chaired a workshop \
                    on return, held in Dakar on 12 and 13 March.";
        let m = &parse_page(page).meetings[0];
        assert_eq!(m.date.unwrap().to_string(), "12-13 March 2024");
        assert_eq!(m.roles.len(), 2);
        let page = "DAKAR, Senegal – 14 March 2024 – The Rabat Process held a workshop on \
                    return, hosted by Senegal.";
        let m = &parse_page(page).meetings[0];
        assert_eq!(m.date.unwrap().to_string(), "14 March 2024");
        // In French, the meeting named by its generic noun, held as French says it; a
        // committee meeting in hybrid form, under a press release's title.
        for (page, kind, mode) in [
            (
                "Bruxelles, 5 juillet 2022 – La réunion s'est tenue à Bruxelles.",
                MeetingKind::Meeting,
                None,
            ),
            (
                "Communiqué de presse\nBruxelles, 5 juillet 2022 – Le Comité de pilotage du \
                 Processus de Rabat s'est réuni en format hybride sous la présidence du \
                 Portugal.",
                MeetingKind::SteeringCommittee,
                Some(Mode::Hybrid),
            ),
        ] {
            let parsed = parse_page(page);
            let [m] = &parsed.meetings[..] else {
                panic!("{page}: {parsed:?}")
            };
            assert_eq!(m.date.unwrap().to_string(), "5 July 2022", "{page}");
            assert_eq!((m.kind, m.mode), (kind, mode), "{page}");
            assert_eq!(m.city.as_deref(), Some("Bruxelles"), "{page}");
        }
        // A colon after no date ends no dateline.
        let page = "Note: The Rabat Process held a thematic meeting in Rabat on 3 May 2019.";
        assert_eq!(dateline_cut(page), None);
    }

    #[test]
    fn a_dateline_under_a_title_line_dates_no_meeting() {
        let page = "Partners meet in Abuja\n\nABUJA, 12 November 2019 - Partners met in Abuja on 11 and 12 November 2019 for a thematic meeting.";
        let dates = |page: &str| {
            let m = parse_page(page).meetings.into_iter().next()?;
            Some(m.date?.to_string())
        };
        assert_eq!(dates(page).as_deref(), Some("11-12 November 2019"));
        // Under two title lines, the page's kind and its headline.
        let page = "Press release\n\nPartners meet in Abuja\n\nABUJA, 14 November 2019 - Partners met in Abuja on 11 and 12 November 2019 for a thematic meeting, co-chaired by Nigeria and Spain.";
        assert_eq!(dates(page).as_deref(), Some("11-12 November 2019"));
        assert_eq!(parse_page(page).meetings[0].roles.len(), 2);
        // Its place is the venue where the text names no other.
        let page = "Partners meet\nABUJA, 12 November 2019 - The thematic meeting took place.";
        let meeting = &parse_page(page).meetings[0];
        assert_eq!(meeting.city.as_deref(), Some("ABUJA"));
        assert_eq!(
            meeting.date.map(|d| d.to_string()).as_deref(),
            Some("12 November 2019")
        );
        // A news item's dateline under its publication line.
        let page = "Partners meet\nPublished on 20 May 2024\n\nBanjul, The Gambia - On 15 May \
                    2024, a thematic meeting was held, co-chaired with Germany.";
        let meeting = &parse_page(page).meetings[0];
        assert_eq!(meeting.city.as_deref(), Some("Banjul"));
        assert_eq!(meeting.roles.len(), 1);
        // A dateline on a line of its own, as a card header of a place and a day, under
        // a headline: the text's first sentence dates the meeting.
        let page = "Partners meet in Tunis\n\nTunis, 19 September 2024\n\nOn 17 and 18 \
                    September 2024, the Rabat Process convened a thematic meeting in Tunis.";
        assert_eq!(dates(page).as_deref(), Some("17-18 September 2024"));
        // One written before the meeting it announces elsewhere: where it was written is
        // no venue.
        let page = "Save the date\n\nBrussels, 2 February 2024\n\nThe next thematic meeting \
                    will take place in Dakar on 12-13 March 2024.";
        assert_eq!(dates(page).as_deref(), Some("12-13 March 2024"));
        assert_eq!(cities(page), [Some("Dakar".into())]);
        // A card's text that dates another event further on leaves the card's day.
        let page = "Brussels, 14 June 2018\nBelgium hosted the technical meeting. A \
                    consultation took place the day before, on 13 June 2018.";
        assert_eq!(dates(page).as_deref(), Some("14 June 2018"));
    }

    #[test]
    fn a_participants_column_counts_people() {
        let page = "| Meeting | Date | Place | Participants |\n|---|---|---|---|\n| Workshop on return | 3 June 2021 | Dakar | 60 |\n| Workshop on asylum | 4 June 2021 | Dakar | Mali, IOM |";
        let parsed = parse_page(page);
        let people: Vec<Option<u32>> = parsed
            .meetings
            .iter()
            .map(|m| m.participants.and_then(|p| p.people))
            .collect();
        assert_eq!(people, [Some(60), None]);
        assert_eq!(parsed.meetings[1].roles.len(), 2);
    }

    #[test]
    fn a_title_line_gives_the_title_after_the_kind_and_a_colon() {
        let title = |page: &str| parse_page(page).meetings.first()?.title.clone();
        let page =
            "Webinar: Digitalisation of consular services.\nDate: 2 July 2025\nVenue: Online";
        assert_eq!(
            title(page).as_deref(),
            Some("Digitalisation of consular services")
        );
        // Only after a kind that fills all before the colon.
        let page = "Upcoming webinar: consular services\nDate: 2 July 2025\nVenue: Online";
        assert_eq!(title(page), None);
    }
}
