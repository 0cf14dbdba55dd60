/// The words `ProseWriter` makes clauses of: a noun for each role, a verb
/// phrase for each action (with `{}` where the audience goes), and a phrase
/// for each context and exception. Every phrase uses words the extractor's
/// lexicon knows, so that a written clause reads back as the rule it states.
enum ProseVocabulary {
    static let roleNouns: [Role: String] = [
        .staff: "staff", .governors: "governors", .volunteers: "volunteers", .contractors: "contractors",
        .visitors: "visitors", .pupils: "pupils", .exPupils: "former pupils", .parents: "parents",
        .headteacher: "the headteacher", .seniorLeaders: "senior leaders",
        .safeguardingLead: "the designated safeguarding lead", .governingBoard: "the governing board",
        .school: "the school", .administrator: "the network manager", .everyone: "everyone",
        .public: "members of the public", .authorities: "the police",
    ]

    /// A verb phrase: `bare` without an audience, `towards` with `{}` for it.
    struct Verb {
        var bare: String
        var towards: String
    }

    static let verbs: [Action: Verb] = [
        .befriend: Verb(bare: "befriend people on social media", towards: "befriend {}"),
        .contact: Verb(bare: "communicate with people on social media", towards: "communicate with {}"),
        .postImages: Verb(bare: "post images of people", towards: "post images of {}"),
        .postComments: Verb(bare: "post comments about the school", towards: "post comments about {}"),
        .postOffensive: Verb(bare: "post offensive content", towards: "post offensive content about {}"),
        .discloseConfidential: Verb(bare: "disclose confidential information", towards: "disclose confidential information about {}"),
        .useBranding: Verb(bare: "use the school logo", towards: "use the school logo with {}"),
        .tag: Verb(bare: "tag people in posts", towards: "tag {} in posts"),
        .shareLinks: Verb(bare: "share links to external content", towards: "share links to external content with {}"),
        .accessSocialMedia: Verb(bare: "access social networking sites", towards: "access social networking sites with {}"),
        .registerSocialMedia: Verb(bare: "register for social networking sites", towards: "register {} for social networking sites"),
        .createAccount: Verb(bare: "set up new accounts", towards: "set up new accounts for {}"),
        .usePersonalDevice: Verb(bare: "use personal devices", towards: "use personal devices with {}"),
        .photograph: Verb(bare: "take photos", towards: "take photos of {}"),
        .seekConsent: Verb(bare: "obtain consent", towards: "obtain consent from {}"),
        .monitor: Verb(bare: "monitor social media", towards: "monitor the social media of {}"),
        .respond: Verb(bare: "respond to comments", towards: "respond to {}"),
        .report: Verb(bare: "report concerns", towards: "report concerns to {}"),
        .investigate: Verb(bare: "investigate incidents", towards: "investigate incidents involving {}"),
        .takeAction: Verb(bare: "take action over breaches", towards: "take action against {}"),
        .removeContent: Verb(bare: "remove content", towards: "remove content about {}"),
        .train: Verb(bare: "provide training", towards: "provide training to {}"),
        .approve: Verb(bare: "approve accounts and content", towards: "approve accounts and content for {}"),
        .storeSecurely: Verb(bare: "store records securely", towards: "store records of {} securely"),
        .setPrivacy: Verb(bare: "review their privacy settings", towards: "review their privacy settings towards {}"),
        .addDisclaimer: Verb(bare: "add a disclaimer", towards: "add a disclaimer for {}"),
        .comply: Verb(bare: "comply with this policy", towards: "comply with this policy towards {}"),
        .complainOnline: Verb(bare: "raise complaints on social media", towards: "raise complaints about {} on social media"),
        .cyberbully: Verb(bare: "bully others online", towards: "bully {} online"),
        .damageReputation: Verb(bare: "bring the school into disrepute", towards: "bring the school into disrepute with {}"),
        .infringeCopyright: Verb(bare: "breach copyright", towards: "breach the copyright of {}"),
        .misrepresent: Verb(bare: "post anonymously", towards: "post anonymously about {}"),
        .promoteInterests: Verb(bare: "use social media for personal gain", towards: "use social media for personal gain with {}"),
        .other: Verb(bare: "follow this rule", towards: "follow this rule towards {}"),
    ]

    static let contexts: [Context: String] = [
        .personalAccount: "on personal accounts", .schoolAccount: "on school accounts",
        .personalDevice: "on personal devices", .schoolEquipment: "on school equipment",
        .workTime: "during working hours", .lessonTime: "during lessons", .inSchool: "in school",
        .outsideSchool: "outside school", .schoolEvent: "at school events", .afterLeaving: "after leaving",
    ]

    /// Each reads after "unless".
    static let exceptions: [Exception: String] = [
        .withApproval: "the headteacher has given prior approval",
        .withConsent: "parents have given consent",
        .forEducation: "it is for educational purposes",
        .withPermission: "the owner's permission has been given",
    ]
}
