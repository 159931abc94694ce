//! Organisations, processes, the dialogue's own names, and the cue words of kinds, themes,
//! roles and modes, as data.

use crate::model::{MeetingKind, Mode, Organisation, Process, Role, Theme};

use super::Cue;

/// Names and aliases of the known organisations; the canonical id and full name are added
/// by the builder.
pub(super) const ORGANISATIONS: &[(Organisation, &[&str])] = &[
    (
        Organisation::Eu,
        &[
            "EU Delegation",
            "EU delegation",
            "Delegation of the European Union",
            "European Union Delegation",
            "Delegation of the EU",
            "EU Member States",
            "Union européenne",
            "UE",
        ],
    ),
    (
        Organisation::EuropeanCommission,
        &[
            "DG HOME",
            "DG INTPA",
            "DG NEAR",
            "DG DEVCO",
            "EU Commission",
            "Commission européenne",
            "European Commissioner",
            "EU Commissioner",
        ],
    ),
    (
        Organisation::Ecowas,
        &[
            "CEDEAO",
            "ECOWAS Commission",
            "Communauté économique des États de l'Afrique de l'Ouest",
        ],
    ),
    (
        Organisation::Au,
        &["African Union Commission", "AUC", "Union africaine"],
    ),
    (
        Organisation::Iom,
        &[
            "International Organisation for Migration",
            "OIM",
            "UN Migration",
            "Organisation internationale pour les migrations",
        ],
    ),
    (
        Organisation::Unhcr,
        &[
            "UN Refugee Agency",
            "UN Refugee agency",
            "Office of the United Nations High Commissioner for Refugees",
            "UN High Commissioner for Refugees",
            "HCR",
            "Haut-Commissariat des Nations unies pour les réfugiés",
        ],
    ),
    (
        Organisation::Unodc,
        &[
            "UN Office on Drugs and Crime",
            "ONUDC",
            "Office des Nations unies contre la drogue et le crime",
        ],
    ),
    (
        Organisation::Ilo,
        &[
            "International Labour Organisation",
            "International Labor Organization",
            "International Labour Office",
            "OIT",
        ],
    ),
    (
        Organisation::Fao,
        &[
            "Food and Agriculture Organization of the United Nations",
            "Food and Agriculture Organisation",
        ],
    ),
    (Organisation::Undp, &["UN Development Programme", "PNUD"]),
    (Organisation::Unicef, &["UN Children's Fund"]),
    (Organisation::WorldBank, &["World Bank Group"]),
    (Organisation::Frontex, &["FRONTEX"]),
    (Organisation::Interpol, &["INTERPOL"]),
    (Organisation::Europol, &["EUROPOL"]),
    (Organisation::Mmc, &["Mixed Migration Center"]),
    (Organisation::Seefar, &["SEEFAR"]),
    (
        Organisation::Fiiapp,
        &["Fundación Internacional y para Iberoamérica de Administración y Políticas Públicas"],
    ),
];

/// Names of the processes and frameworks of the record contract.
pub(super) const PROCESSES: &[(Process, &[&str])] = &[
    (
        Process::KhartoumProcess,
        &[
            "Khartoum Process",
            "Khartoum Processes",
            "Rabat and Khartoum Processes",
            "EU-Horn of Africa Migration Route Initiative",
            "EU Horn of Africa Migration Route Initiative",
            "EU-Horn of Africa Initiative",
        ],
    ),
    (Process::NiameyDeclaration, &["Niamey Declaration"]),
    (
        Process::AuHornOfAfricaInitiative,
        &[
            "AU-Horn of Africa Initiative",
            "AU Horn of Africa Initiative",
            "African Union-Horn of Africa Initiative",
            "AU-HoAI",
            "AU-Horn of Africa Initiative on Human Trafficking and Smuggling of Migrants",
        ],
    ),
    (
        Process::JointVallettaActionPlan,
        &[
            "Joint Valletta Action Plan",
            "JVAP",
            "Valletta Action Plan",
            "Joint Valetta Action Plan",
            "Valetta Action Plan",
            "Valletta Joint Action Plan",
        ],
    ),
    (
        Process::MarrakeshActionPlan,
        &[
            "Marrakesh Action Plan",
            "Marrakech Action Plan",
            "Marrakesh Programme",
            "Marrakech Programme",
            "Marrakesh Political Declaration",
            "Marrakech Political Declaration",
            "Marrakesh Declaration",
            "Marrakech Declaration",
        ],
    ),
    (
        Process::CadizActionPlan,
        &[
            "Cadiz Action Plan",
            "Cádiz Action Plan",
            "Cadiz Political Declaration",
            "Cádiz Political Declaration",
            "Cadiz Declaration",
            "Cádiz Declaration",
        ],
    ),
    // The programme was adopted with the Rome Declaration (2014), which names both.
    (
        Process::RomeProgramme,
        &["Rome Programme", "Rome Program", "Rome Declaration"],
    ),
    (Process::BudapestProcess, &["Budapest Process"]),
    (Process::PragueProcess, &["Prague Process"]),
    (
        Process::GlobalCompactForMigration,
        &[
            "Global Compact for Migration",
            "Global Compact for Safe, Orderly and Regular Migration",
            "Global Compact on Migration",
            "Global Compact on Safe, Orderly and Regular Migration",
            "GCM",
            // Both compacts named at once name each.
            "Global Compacts on migration and on refugees",
            "Global Compacts on migration and refugees",
            "Global Compacts for migration and on refugees",
            "two Global Compacts",
        ],
    ),
    (
        Process::GlobalCompactOnRefugees,
        &[
            "Global Compact on Refugees",
            "Global Compact for Refugees",
            "GCR",
            "Global Compacts on migration and on refugees",
            "Global Compacts on migration and refugees",
            "Global Compacts for migration and on refugees",
            "two Global Compacts",
        ],
    ),
    (
        Process::Agenda2030,
        &[
            "2030 Agenda",
            "Agenda 2030",
            "2030 Agenda for Sustainable Development",
            "Sustainable Development Agenda",
            "Sustainable Development Goals",
            "SDGs",
        ],
    ),
];

/// Organisations without a canonical id that announcements often name, kept by name as
/// written here: listed so that they are parties wherever they stand, and so that a
/// country in a name ("Expertise France") is not taken for the country.
pub(super) const OTHER_ORGANISATIONS: &[&str] = &[
    "Expertise France",
    "Enabel",
    "GIZ",
    "AECID",
    "Civipol",
    "OECD",
    "OSCE",
    "UNFPA",
    "UNESCO",
    "UN Women",
    "EEAS",
    "European External Action Service",
    "EUAA",
    "European Union Agency for Asylum",
    "EASO",
    "European Asylum Support Office",
    "ICRC",
    "IFRC",
    "IGAD",
    "ECCAS",
    "UEMOA",
];

/// Acronyms among the names above: they match only as written, in capitals.
pub(super) const CASE_EXACT: &[&str] = &[
    "JVAP", "GCM", "GCR", "AU-HoAI", "DG HOME", "DG INTPA", "DG NEAR", "DG DEVCO", "CEDEAO", "AUC",
    "OIM", "OIT", "PNUD", "HCR", "ONUDC", "UE", "GIZ", "AECID", "OECD", "OSCE", "UNFPA", "UNESCO",
    "EEAS", "EUAA", "EASO", "ICRC", "IFRC", "IGAD", "ECCAS", "UEMOA", "FRONTEX", "INTERPOL",
    "EUROPOL", "SEEFAR", "SOM", "THB", "SDGs", "TM",
];

/// The dialogue's own names: never a venue, never a party, never a related process.
pub(super) const DIALOGUE: &[&str] = &[
    "Dialogue on Migration and Development",
    "Rabat Process",
    "Rabat Process Secretariat",
    "Euro-African Dialogue on Migration and Development",
    "Euro-African Dialogue",
    "Processus de Rabat",
];

/// Words that say what sort of meeting it was.
pub(super) const KINDS: &[(MeetingKind, &[&str])] = &[
    (
        MeetingKind::MinisterialConference,
        &[
            "euro-african ministerial conference on migration and development",
            "ministerial conference on migration and development",
            "ministerial conference",
            "ministerial meeting",
            "conference of ministers",
            "conférence ministérielle",
            "conférence ministérielle euro-africaine sur la migration et le développement",
        ],
    ),
    (
        MeetingKind::SeniorOfficialsMeeting,
        &[
            "senior officials' meeting",
            "senior officials meeting",
            "senior official meeting",
            "senior officials's meeting",
            "meeting of senior officials",
            "senior officials",
            "SOM",
            "réunion des hauts fonctionnaires",
            "réunion de hauts fonctionnaires",
        ],
    ),
    (
        MeetingKind::SteeringCommittee,
        &[
            "steering committee held",
            "steering committee met",
            "steering committee will meet",
            "steering committee took stock",
            "steering committee discussed",
            "steering committee reviewed",
            "steering committee convened",
            "steering committee gathered",
            "steering committee meeting",
            "steering committee session",
            "meeting of the steering committee",
            // The committee named in full: "The Steering Committee of the Rabat Process met".
            "steering committee of the rabat process held",
            "steering committee of the rabat process met",
            "steering committee of the rabat process will meet",
            "comité de pilotage",
        ],
    ),
    (
        MeetingKind::ThematicMeeting,
        &[
            "thematic meeting",
            "thematic meetings",
            "TM",
            "réunion thématique",
        ],
    ),
    (
        MeetingKind::TechnicalMeeting,
        &[
            "technical meeting",
            "technical meetings",
            "réunion technique",
        ],
    ),
    (
        MeetingKind::ExpertMeeting,
        &[
            "expert meeting",
            "experts meeting",
            "experts' meeting",
            "expert-level meeting",
            "expert level meeting",
            "meeting of experts",
            "expert group meeting",
            "réunion d'experts",
        ],
    ),
    (
        MeetingKind::Workshop,
        &[
            "workshop",
            "workshops",
            "technical workshop",
            "regional workshop",
            "atelier",
            "atelier régional",
        ],
    ),
    (
        MeetingKind::SideEvent,
        &["side event", "side-event", "événement parallèle"],
    ),
    (
        MeetingKind::Training,
        &[
            "training",
            "training session",
            "training course",
            // Not "formation" alone, an English word too.
            "session de formation",
            "atelier de formation",
            "formation sur",
        ],
    ),
    // Events of no kind of their own, named so that their titles and themes are read.
    (
        MeetingKind::Meeting,
        &["meeting", "seminar", "webinar", "réunion", "séminaire"],
    ),
];

/// Words that say what a meeting was about.
pub(super) const THEMES: &[(Theme, &[&str])] = &[
    (
        Theme::MigrationAndDevelopment,
        &[
            "migration and development",
            "diaspora",
            "diasporas",
            "remittances",
            "development benefits of migration",
            "development potential of migration",
            "migration et développement",
            "transferts de fonds",
        ],
    ),
    (Theme::RootCauses, &["root causes", "causes profondes"]),
    (
        Theme::LegalMigration,
        &[
            "legal migration",
            "regular migration",
            "labour migration",
            "labor migration",
            "circular migration",
            "mobility",
            "legal pathways",
            "labour mobility",
            "skills mobility",
            "migration légale",
            "migration régulière",
            "migration de travail",
            "migration de main-d'œuvre",
            "migration de main d'œuvre",
            "mobilité",
        ],
    ),
    (
        Theme::VisaFacilitation,
        &[
            "visa",
            "visas",
            "visa facilitation",
            "facilitation des visas",
        ],
    ),
    (
        Theme::AsylumAndProtection,
        &[
            "asylum",
            "international protection",
            "refugee",
            "refugees",
            "refugee protection",
            "asile",
            "protection internationale",
            "réfugiés",
        ],
    ),
    (
        Theme::BorderManagement,
        &[
            "border management",
            "border control",
            "border controls",
            "border security",
            "border governance",
            "management of borders",
            "integrated border management",
            "gestion des frontières",
            "gestion intégrée des frontières",
        ],
    ),
    (
        Theme::MigrantSmuggling,
        &[
            "migrant smuggling",
            "smuggling of migrants",
            "smuggling",
            "smugglers",
            "trafic de migrants",
            "trafic illicite de migrants",
        ],
    ),
    (
        Theme::TraffickingInHumanBeings,
        &[
            "trafficking in human beings",
            "trafficking in persons",
            "human trafficking",
            "trafficking of human beings",
            "trafficking",
            "THB",
            "traite des êtres humains",
            "traite des personnes",
        ],
    ),
    (
        Theme::ReturnAndReintegration,
        &[
            "return counselling",
            "return programme",
            "return programmes",
            "assisted return",
            "readmission",
            "reintegration",
            "return and reintegration",
            "voluntary return",
            "return, readmission",
            "return migration",
            "return policy",
            "return policies",
            "returns",
            "forced return",
            "on return",
            "return of migrants",
            "return of irregular migrants",
            "retour et réintégration",
            "retour, réadmission",
            "réintégration",
        ],
    ),
    (
        Theme::MixedMigration,
        &[
            "mixed migration",
            "mixed flows",
            "mixed migratory flows",
            "mixed movements",
            "migration mixte",
            "migrations mixtes",
            "flux migratoires mixtes",
        ],
    ),
];

const HOST: &[Role] = &[Role::Host];
const CHAIR: &[Role] = &[Role::Chair];
const CO_CHAIR: &[Role] = &[Role::CoChair];
const ORGANISER: &[Role] = &[Role::Organiser];
const PARTICIPANT: &[Role] = &[Role::Participant];
const HOST_CHAIR: &[Role] = &[Role::Host, Role::Chair];
const HOST_CO_CHAIR: &[Role] = &[Role::Host, Role::CoChair];

/// Phrases that give the parties around them a role.
pub(super) const ROLE_CUES: &[(Cue, &[&str])] = &[
    (
        Cue::Held,
        &[
            "held",
            "hold",
            "holds",
            "met",
            "meet",
            "meets",
            "gathered",
            "gather",
            "gathers",
            "convened",
            "convene",
            "hosted",
            "host",
            "hosts",
            "co-hosted",
            "organised",
            "organized",
            "organises",
            "organizes",
            "organise",
            "organize",
            "took place",
            "take place",
            "takes place",
            "taking place",
            "will take place",
            "attended",
            "co-chaired",
            "chaired",
            "opened",
            "will host",
            "will be held",
            "was held",
            "were held",
        ],
    ),
    (
        Cue::By(HOST),
        &[
            "hosted by",
            "co-hosted by",
            "jointly hosted by",
            "kindly hosted by",
            "hosted jointly by",
            "at the invitation of",
            "at the kind invitation of",
            "under the aegis of",
            "under the auspices of",
            // French
            "accueilli par",
            "accueillie par",
            "accueillis par",
            "accueillies par",
            "à l'invitation de",
        ],
    ),
    (
        Cue::By(CHAIR),
        &[
            "chaired by",
            "under the chairmanship of",
            "under the presidency of",
            "under the chairpersonship of",
            "presided by",
            "presided over by",
            "présidé par",
            "présidée par",
            "sous la présidence de",
        ],
    ),
    (
        Cue::By(CO_CHAIR),
        &[
            "co-chaired by",
            "co chaired by",
            "cochaired by",
            "jointly chaired by",
            "under the co-chairmanship of",
            "under the co-presidency of",
            "under the co-chairpersonship of",
            "under the joint chairmanship of",
            "under the joint presidency of",
            "co-presided by",
            "coprésidé par",
            "coprésidée par",
            "co-présidé par",
            "co-présidée par",
            "sous la coprésidence de",
            "sous la co-présidence de",
        ],
    ),
    (Cue::By(HOST_CHAIR), &["hosted and chaired by"]),
    (Cue::By(HOST_CO_CHAIR), &["hosted and co-chaired by"]),
    (
        Cue::By(ORGANISER),
        &[
            "organised by",
            "organized by",
            "jointly organised by",
            "jointly organized by",
            "co-organised by",
            "co-organized by",
            "convened by",
            "organisé par",
            "organisée par",
            "co-organisé par",
            "co-organisée par",
        ],
    ),
    (
        Cue::After(HOST),
        &[
            "as host country",
            "as the host country",
            "host country",
            "as host",
            "hosted",
            "will host",
            "hosts",
            "co-hosted",
            "jointly hosted",
            "will co-host",
        ],
    ),
    (
        Cue::After(ORGANISER),
        &[
            "organised",
            "organized",
            "co-organised",
            "co-organized",
            "will organise",
            "will organize",
            "organises",
            "organizes",
        ],
    ),
    (
        Cue::After(CO_CHAIR),
        &[
            "as co-chair",
            "as co-chairs",
            "co-chair of the meeting",
            "co-chairs of the meeting",
            "co-chaired",
            "jointly chaired",
            "will co-chair",
        ],
    ),
    (
        Cue::After(CHAIR),
        &[
            "as chair of the meeting",
            "chair of the meeting",
            "chaired",
            "will chair",
        ],
    ),
    (
        Cue::Invited,
        &[
            "was invited",
            "were invited",
            "was also invited",
            "were also invited",
            "has been invited",
            "have been invited",
            "had been invited",
        ],
    ),
    (
        Cue::Gathered,
        &[
            "gathered",
            "brought together",
            "bringing together",
            "will gather",
            "will bring together",
            "was attended by",
            "were attended by",
            "attended by",
            "representatives of",
            "representatives from",
            "delegations of",
            "delegations from",
            "delegates from",
            "participants from",
            "experts from",
            "officials from",
            "officers from",
            "with the participation of",
            // "in the presence of", "en présence de": the words before are left to the
            // gap, as "in" and "en" would make every such word a name's possible start.
            "presence of",
            "présence de",
            "présence des",
            "participation de",
            "participation des",
            "a réuni",
            "ont réuni",
        ],
    ),
    (
        Cue::After(PARTICIPANT),
        &[
            "took part",
            "participated",
            "attended",
            "also took part",
            "also participated",
            "also attended",
            "ont participé",
            "a participé",
        ],
    ),
    (
        Cue::AttendedAs(Role::Observer),
        &[
            "as observer",
            "as observers",
            "as an observer",
            "as observer country",
            "en tant qu'observateur",
            "en tant qu'observateurs",
            "en qualité d'observateur",
            "en qualité d'observateurs",
            "comme observateur",
            "comme observateurs",
        ],
    ),
    (
        Cue::AttendedAs(Role::Guest),
        &[
            "as a guest",
            "as guests",
            "as guest country",
            "as guest countries",
            "as a guest country",
            "as special guests",
            "as a special guest",
            "as an invited country",
            "as invited countries",
        ],
    ),
    (
        Cue::ObserversFollow,
        &["observer countries", "observer country", "observers"],
    ),
    (
        Cue::Mode(Mode::Virtual),
        &[
            "virtual meeting",
            "virtual format",
            "held virtually",
            "webinar",
            "held online",
            "took place online",
            "online meeting",
            "virtually",
            "online format",
            "by videoconference",
            "by video conference",
            "via videoconference",
            "via video conference",
            "through videoconference",
        ],
    ),
    (
        Cue::Mode(Mode::Hybrid),
        &[
            "hybrid",
            "hybrid format",
            "joining by video conference",
            "joined by video conference",
            "joining via video conference",
            "joining online",
        ],
    ),
];
