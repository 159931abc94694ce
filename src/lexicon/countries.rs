//! Country names beyond the ISO short names: common English names, official long forms,
//! French names, acronyms and demonyms. Facts only; the matcher lives in `mod.rs`.

/// Other names of countries, by alpha-2 code. ISO short names and the crate's display names
/// are added by the builder; list here what they miss.
pub(super) const NAMES: &[(&str, &[&str])] = &[
    ("HK", &["Hong Kong SAR, China"]),
    ("FM", &["Micronesia, Fed. Sts."]),
    (
        "CG",
        &[
            "Congo, Rep.",
            "Congo (Brazzaville)",
            "Congo, Republic of the",
        ],
    ),
    ("AO", &["Republic of Angola"]),
    ("BQ", &["Bonaire"]),
    ("BA", &["Bosnia", "Bosnia-Herzegovina"]),
    ("BI", &["Republic of Burundi"]),
    ("BS", &["The Bahamas", "Bahamas, The"]),
    ("CN", &["People's Republic of China"]),
    ("JO", &["Jordanie", "Hashemite Kingdom of Jordan"]),
    ("KE", &["Republic of Kenya"]),
    ("KG", &["Kyrgyz Republic"]),
    ("KN", &["Saint Kitts", "Saint Kitts-Nevis"]),
    ("LB", &["Liban", "Lebanese Republic"]),
    ("MM", &["Burma", "Republic of the Union of Myanmar"]),
    ("MO", &["Macau", "Macao SAR, China"]),
    ("TL", &["East Timor"]),
    ("UG", &["Ouganda", "Republic of Uganda"]),
    ("VC", &["Saint Vincent"]),
    ("AT", &["Republic of Austria", "Autriche", "Österreich"]),
    (
        "BE",
        &["Kingdom of Belgium", "Belgique", "Royaume de Belgique"],
    ),
    ("BF", &["Burkina", "Faso Burkina", "Burkina-Faso"]),
    ("BG", &["Republic of Bulgaria", "Bulgarie"]),
    (
        "BJ",
        &[
            "Republic of Benin",
            "Bénin",
            "Dahomey",
            "République du Bénin",
        ],
    ),
    ("BO", &["Bolivia"]),
    (
        "CD",
        &[
            "DR Congo",
            "D.R. Congo",
            "DR of Congo",
            "Congo-Kinshasa",
            "Congo Kinshasa",
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            "République démocratique du Congo",
            "Zaire",
        ],
    ),
    (
        "CF",
        &[
            "Central African Rep.",
            "République centrafricaine",
            "Centrafrique",
        ],
    ),
    (
        "CG",
        &[
            "Republic of the Congo",
            "Republic of Congo",
            "Congo-Brazzaville",
            "Congo Brazzaville",
            "République du Congo",
        ],
    ),
    ("CH", &["Swiss Confederation", "Suisse", "Schweiz"]),
    (
        "CI",
        &[
            "Ivory Coast",
            "Republic of Côte d'Ivoire",
            "Republic of Cote d'Ivoire",
            "Cote dIvoire",
            "Côte-d'Ivoire",
        ],
    ),
    (
        "CM",
        &["Republic of Cameroon", "Cameroun", "République du Cameroun"],
    ),
    (
        "CV",
        &[
            "Cape Verde",
            "Cape-Verde",
            "Republic of Cabo Verde",
            "Republic of Cape Verde",
            "Cap-Vert",
            "Cap Vert",
        ],
    ),
    ("CY", &["Republic of Cyprus", "Chypre"]),
    (
        "CZ",
        &[
            "Czech Republic",
            "Czech Rep.",
            "République tchèque",
            "Tchéquie",
        ],
    ),
    (
        "DE",
        &["Federal Republic of Germany", "Allemagne", "Deutschland"],
    ),
    ("DJ", &["Republic of Djibouti"]),
    ("DK", &["Kingdom of Denmark", "Danemark"]),
    (
        "DZ",
        &["People's Democratic Republic of Algeria", "Algérie"],
    ),
    ("EE", &["Republic of Estonia", "Estonie"]),
    (
        "EG",
        &[
            "Arab Republic of Egypt",
            "Égypte",
            "Egypte",
            "Egypt, Arab Rep.",
        ],
    ),
    ("ER", &["State of Eritrea", "Érythrée"]),
    (
        "ES",
        &["Kingdom of Spain", "Espagne", "España", "Royaume d'Espagne"],
    ),
    (
        "ET",
        &["Federal Democratic Republic of Ethiopia", "Éthiopie"],
    ),
    ("FI", &["Republic of Finland", "Finlande"]),
    ("FR", &["French Republic", "République française"]),
    ("GA", &["Gabonese Republic", "République gabonaise"]),
    (
        "GB",
        &[
            "United Kingdom",
            "UK",
            "U.K.",
            "Great Britain",
            "Britain",
            "Royaume-Uni",
            "United Kingdom of Great Britain and Northern Ireland",
        ],
    ),
    ("GH", &["Republic of Ghana"]),
    (
        "GM",
        &[
            "The Gambia",
            "Gambia, The",
            "Republic of The Gambia",
            "Republic of the Gambia",
            "Gambie",
        ],
    ),
    (
        "GN",
        &[
            "Guinea Conakry",
            "Guinea-Conakry",
            "Republic of Guinea",
            "Guinée",
            "Guinée-Conakry",
        ],
    ),
    (
        "GQ",
        &[
            "Republic of Equatorial Guinea",
            "Guinée équatoriale",
            "Equatorial-Guinea",
        ],
    ),
    ("GR", &["Hellenic Republic", "Grèce"]),
    (
        "GW",
        &[
            "Guinea Bissau",
            "Republic of Guinea-Bissau",
            "Guinée-Bissau",
            "Guinée Bissau",
        ],
    ),
    ("HR", &["Republic of Croatia", "Croatie"]),
    ("HU", &["Hongrie"]),
    ("IE", &["Republic of Ireland", "Irlande"]),
    (
        "IR",
        &["Iran", "Islamic Republic of Iran", "Iran, Islamic Rep."],
    ),
    ("IT", &["Italian Republic", "Italie"]),
    (
        "KP",
        &["North Korea", "Democratic People's Republic of Korea"],
    ),
    ("KR", &["South Korea", "Republic of Korea", "Korea, Rep."]),
    ("LA", &["Laos", "Lao PDR"]),
    ("LR", &["Republic of Liberia", "Libéria"]),
    ("LT", &["Republic of Lithuania", "Lituanie"]),
    (
        "LU",
        &["Grand Duchy of Luxembourg", "Grand-Duché de Luxembourg"],
    ),
    ("LV", &["Republic of Latvia", "Lettonie"]),
    // "Lybia": a misspelling common enough to be listed (two letters apart).
    (
        "LY",
        &["State of Libya", "Libye", "Libyan Arab Jamahiriya", "Lybia"],
    ),
    ("MA", &["Kingdom of Morocco", "Maroc", "Royaume du Maroc"]),
    ("MC", &["Principality of Monaco"]),
    ("MD", &["Moldova", "Republic of Moldova"]),
    (
        "MK",
        &[
            "North Macedonia",
            "Republic of North Macedonia",
            "Macedonia",
        ],
    ),
    ("ML", &["Republic of Mali", "République du Mali"]),
    (
        "MR",
        &[
            "Islamic Republic of Mauritania",
            "Mauritanie",
            "République islamique de Mauritanie",
        ],
    ),
    ("MT", &["Republic of Malta", "Malte"]),
    (
        "NE",
        &[
            "Republic of the Niger",
            "Republic of Niger",
            "République du Niger",
            "Niger Republic",
        ],
    ),
    ("NG", &["Federal Republic of Nigeria", "Nigéria"]),
    (
        "NL",
        &[
            "Kingdom of the Netherlands",
            "The Netherlands",
            "Holland",
            "Pays-Bas",
            "Pays Bas",
        ],
    ),
    ("NO", &["Kingdom of Norway", "Norvège"]),
    ("PL", &["Republic of Poland", "Pologne"]),
    (
        "PS",
        &["Palestine", "State of Palestine", "West Bank and Gaza"],
    ),
    ("PT", &["Portuguese Republic"]),
    ("RO", &["Roumanie"]),
    ("RU", &["Russia"]),
    ("RW", &["Republic of Rwanda"]),
    (
        "SD",
        &["Republic of the Sudan", "Republic of Sudan", "Soudan"],
    ),
    ("SE", &["Kingdom of Sweden", "Suède"]),
    ("SI", &["Republic of Slovenia", "Slovénie"]),
    ("SK", &["Slovak Republic", "Slovaquie"]),
    ("SL", &["Republic of Sierra Leone"]),
    (
        "SN",
        &["Republic of Senegal", "Sénégal", "République du Sénégal"],
    ),
    ("SO", &["Federal Republic of Somalia", "Somalie"]),
    ("SS", &["Republic of South Sudan", "Soudan du Sud"]),
    (
        "ST",
        &[
            "São Tomé and Príncipe",
            "São Tomé-et-Príncipe",
            "São Tomé e Príncipe",
        ],
    ),
    ("SY", &["Syria"]),
    (
        "SZ",
        &[
            "Eswatini",
            "Kingdom of Eswatini",
            "Swaziland",
            "Kingdom of Swaziland",
        ],
    ),
    ("TD", &["Republic of Chad", "Tchad", "République du Tchad"]),
    (
        "TG",
        &[
            "Togolese Republic",
            "République togolaise",
            "République togolaise",
        ],
    ),
    (
        "TN",
        &["Republic of Tunisia", "Tunisian Republic", "Tunisie"],
    ),
    (
        "TR",
        &[
            "Türkiye",
            "Turkiye",
            "Republic of Türkiye",
            "Republic of Turkey",
            "Turquie",
        ],
    ),
    ("TZ", &["Tanzania", "United Republic of Tanzania"]),
    (
        "US",
        &[
            "United States",
            "USA",
            "U.S.A.",
            "US",
            "U.S.",
            "United States of America",
        ],
    ),
    ("VA", &["Vatican", "Vatican City", "Holy See"]),
    ("VE", &["Venezuela", "Venezuela, RB"]),
    ("VN", &["Vietnam"]),
];

/// Names written in capitals that must match in capitals (`"DRC"`, never `"drc"`).
pub(super) const ACRONYMS: &[(&str, &[&str])] = &[
    (
        "CD",
        &[
            "DRC",
            "RDC",
            "Congo, Dem. Rep.",
            "Congo DR",
            "Congo (Kinshasa)",
            "Congo, Democratic Republic of the",
        ],
    ),
    ("CN", &["PRC"]),
    (
        "KP",
        &["DPRK", "Korea, Dem. Rep.", "Korea, Dem. People's Rep."],
    ),
    ("MK", &["FYROM"]),
    ("CF", &["CAR", "RCA"]),
    ("GB", &["UK", "U.K."]),
    ("US", &["USA", "US", "U.S.", "U.S.A."]),
    ("AE", &["UAE"]),
];

/// What the partner countries' people are called in French, in the masculine singular
/// (folded forms are matched): the builder adds the feminine and plural forms. They follow
/// the office they qualify, lowercase: "le ministère sénégalais", "la délégation
/// marocaine", "les autorités espagnoles".
pub(super) const FRENCH_DEMONYMS: &[(&str, &str)] = &[
    ("AT", "autrichien"),
    ("BE", "belge"),
    ("BJ", "béninois"),
    ("BF", "burkinabè"),
    ("CM", "camerounais"),
    ("CV", "cap-verdien"),
    ("CF", "centrafricain"),
    ("TD", "tchadien"),
    ("CZ", "tchèque"),
    ("DK", "danois"),
    ("GQ", "équato-guinéen"),
    ("EE", "estonien"),
    ("FI", "finlandais"),
    ("FR", "français"),
    ("GA", "gabonais"),
    ("GM", "gambien"),
    ("DE", "allemand"),
    ("GH", "ghanéen"),
    ("GN", "guinéen"),
    ("GW", "bissau-guinéen"),
    ("HU", "hongrois"),
    ("IE", "irlandais"),
    ("IT", "italien"),
    ("CI", "ivoirien"),
    ("LR", "libérien"),
    ("LY", "libyen"),
    ("LU", "luxembourgeois"),
    ("ML", "malien"),
    ("MT", "maltais"),
    ("MR", "mauritanien"),
    ("MA", "marocain"),
    ("NL", "néerlandais"),
    ("NE", "nigérien"),
    ("NG", "nigérian"),
    ("NO", "norvégien"),
    ("PL", "polonais"),
    ("PT", "portugais"),
    ("RO", "roumain"),
    ("SN", "sénégalais"),
    ("SL", "sierra-léonais"),
    ("ES", "espagnol"),
    ("SE", "suédois"),
    ("CH", "suisse"),
    ("TG", "togolais"),
    ("TN", "tunisien"),
    ("DZ", "algérien"),
    ("EG", "égyptien"),
];

/// The four forms of a French adjective given in the masculine singular: "sénégalais",
/// "sénégalaise", "sénégalaises"; "marocain", "marocaine", "marocains", "marocaines";
/// "italien", "italienne" ...; "belge", "belges".
pub(super) fn french_forms(masculine: &str) -> Vec<String> {
    let feminine = if masculine.ends_with('e') {
        masculine.to_owned()
    } else if masculine.ends_with("ien") || masculine.ends_with("éen") {
        format!("{masculine}ne")
    } else {
        format!("{masculine}e")
    };
    let plural = |word: &str| {
        if word.ends_with('s') {
            word.to_owned()
        } else {
            format!("{word}s")
        }
    };
    let mut forms = vec![
        plural(masculine),
        plural(&feminine),
        feminine,
        masculine.to_owned(),
    ];
    forms.sort();
    forms.dedup();
    forms
}

/// What a country's people are called, as used in "the Moroccan Chairmanship".
pub(super) const DEMONYMS: &[(&str, &[&str])] = &[
    ("AT", &["Austrian"]),
    ("BE", &["Belgian"]),
    ("BF", &["Burkinabe", "Burkinabè", "Burkinabé"]),
    ("BG", &["Bulgarian"]),
    ("BJ", &["Beninese"]),
    ("CH", &["Swiss"]),
    (
        "CI",
        &["Ivorian", "Ivoirian", "République de Côte d'Ivoire"],
    ),
    ("CM", &["Cameroonian"]),
    (
        "CV",
        &[
            "Cabo Verdean",
            "Cape Verdean",
            "Capeverdean",
            "Cape Verde Islands",
        ],
    ),
    ("CY", &["Cypriot"]),
    ("CZ", &["Czech"]),
    ("DE", &["German", "République fédérale d'Allemagne"]),
    ("DJ", &["Djiboutian"]),
    ("DK", &["Danish"]),
    ("DZ", &["Algerian"]),
    ("EE", &["Estonian"]),
    ("EG", &["Egyptian"]),
    ("ER", &["Eritrean"]),
    ("ES", &["Spanish"]),
    ("ET", &["Ethiopian"]),
    ("FI", &["Finnish"]),
    ("FR", &["French"]),
    ("GA", &["Gabonese"]),
    ("GB", &["British"]),
    ("GH", &["Ghanaian"]),
    ("GM", &["Gambian"]),
    ("GN", &["Guinean", "République de Guinée"]),
    (
        "GQ",
        &["Equatoguinean", "Equato-Guinean", "Equatorial Guinean"],
    ),
    ("GR", &["Greek", "Hellenic"]),
    ("GW", &["Bissau-Guinean", "Bissau Guinean"]),
    ("HR", &["Croatian"]),
    ("HU", &["Hungarian"]),
    ("IE", &["Irish"]),
    ("IT", &["Italian"]),
    ("KE", &["Kenyan"]),
    ("LB", &["Lebanese"]),
    ("LR", &["Liberian"]),
    ("LT", &["Lithuanian"]),
    ("LU", &["Luxembourgish", "Luxembourger"]),
    ("LV", &["Latvian"]),
    ("LY", &["Libyan"]),
    ("MA", &["Moroccan", "Marocain"]),
    ("ML", &["Malian"]),
    ("MR", &["Mauritanian"]),
    ("MT", &["Maltese"]),
    ("NE", &["Nigerien", "Nigérien"]),
    ("NG", &["Nigerian"]),
    ("NL", &["Dutch"]),
    ("NO", &["Norwegian"]),
    ("PL", &["Polish"]),
    ("PT", &["Portuguese"]),
    ("RO", &["Romanian"]),
    ("SD", &["Sudanese"]),
    ("SE", &["Swedish"]),
    ("SI", &["Slovenian", "Slovene"]),
    ("SK", &["Slovak", "Slovakian"]),
    ("SL", &["Sierra Leonean"]),
    ("SN", &["Senegalese", "Sénégalais"]),
    ("SO", &["Somali", "Somalian"]),
    ("SS", &["South Sudanese"]),
    ("TD", &["Chadian", "Tchadien"]),
    ("TG", &["Togolese"]),
    ("TN", &["Tunisian", "République tunisienne"]),
    ("TR", &["Turkish"]),
    ("UG", &["Ugandan"]),
    ("AO", &["Angolan"]),
    ("RW", &["Rwandan"]),
    ("BI", &["Burundian"]),
    ("TZ", &["Tanzanian"]),
    ("MZ", &["Mozambican"]),
    ("ZA", &["South African"]),
    ("ZM", &["Zambian"]),
    ("ZW", &["Zimbabwean"]),
    ("NA", &["Namibian"]),
    ("MG", &["Malagasy"]),
    ("KM", &["Comorian"]),
    ("MU", &["Mauritian"]),
    ("ST", &["Santomean", "São Toméan"]),
    ("SY", &["Syrian"]),
    ("IQ", &["Iraqi"]),
    ("AF", &["Afghan"]),
    ("PK", &["Pakistani"]),
    ("BD", &["Bangladeshi"]),
    ("IN", &["Indian"]),
    ("CN", &["Chinese"]),
    ("JP", &["Japanese"]),
    ("US", &["American"]),
    ("CA", &["Canadian"]),
    ("BR", &["Brazilian"]),
    ("MX", &["Mexican"]),
    ("RU", &["Russian"]),
    ("UA", &["Ukrainian"]),
    ("BY", &["Belarusian"]),
    ("AM", &["Armenian"]),
    ("AZ", &["Azerbaijani"]),
    ("AL", &["Albanian"]),
    ("RS", &["Serbian"]),
    ("BA", &["Bosnian"]),
    ("ME", &["Montenegrin"]),
    ("MK", &["Macedonian"]),
    ("IS", &["Icelandic"]),
    ("MC", &["Monegasque"]),
    ("AD", &["Andorran"]),
    ("JO", &["Jordanian"]),
    ("IL", &["Israeli"]),
    ("PS", &["Palestinian"]),
    ("SA", &["Saudi"]),
    ("YE", &["Yemeni", "Yemen, Rep."]),
    ("IR", &["Iranian"]),
    ("LK", &["Sri Lankan"]),
    ("NP", &["Nepali", "Nepalese"]),
    ("PG", &["Papua New Guinean"]),
    ("CF", &["Centrafrican"]),
];

/// Names and demonyms that fit several countries; they are reported as ambiguous, never
/// guessed.
pub(super) const AMBIGUOUS: &[(&str, &[&str])] = &[
    ("Korea", &["KR", "KP"]),
    ("Congolese", &["CG", "CD"]),
    ("Dominican", &["DO", "DM"]),
    ("Korean", &["KR", "KP"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_adjectives_take_their_four_forms() {
        assert_eq!(
            french_forms("sénégalais"),
            ["sénégalais", "sénégalaise", "sénégalaises"]
        );
        assert_eq!(
            french_forms("italien"),
            ["italien", "italienne", "italiennes", "italiens"]
        );
        assert_eq!(french_forms("belge"), ["belge", "belges"]);
    }
}
