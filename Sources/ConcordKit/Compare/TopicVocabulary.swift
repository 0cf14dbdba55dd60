/// The words topic labels are made of: a noun for each subject class and
/// audience group, and a gerund phrase for each action, with and without an
/// object. Labels come from here, never from one school's prose, so the same
/// topic reads the same whatever the schools wrote.
public enum TopicVocabulary {
    /// A gerund phrase for an action: `bare` when the topic has no audience,
    /// `towards` with `{}` standing for the audience noun.
    public struct Phrase: Sendable {
        public var bare: String
        public var towards: String?
    }

    /// Actions whose audience splits topics: befriending pupils and
    /// befriending parents are two rules, while posting offensive content is
    /// one whoever it is about.
    public static let relationalActions: Set<Action> = [
        .befriend, .contact, .postImages, .photograph, .tag, .seekConsent, .respond, .report, .train, .takeAction,
    ]

    public static func audienceMatters(_ action: Action) -> Bool { relationalActions.contains(action) }

    public static let subjectNouns: [SubjectClass: String] = [
        .staff: "Staff", .pupils: "Pupils", .parents: "Parents", .school: "The school",
    ]

    public static let audienceNouns: [AudienceGroup: String] = [
        .pupils: "pupils", .exPupils: "ex-pupils", .parents: "parents", .staff: "staff",
        .leaders: "school leaders", .authorities: "the authorities",
    ]

    public static let actionPhrases: [Action: Phrase] = [
        .befriend: Phrase(bare: "befriending people online", towards: "befriending {}"),
        .contact: Phrase(bare: "contacting people online", towards: "contacting {}"),
        .postImages: Phrase(bare: "posting images", towards: "posting images of {}"),
        .postComments: Phrase(bare: "posting comments"),
        .postOffensive: Phrase(bare: "posting offensive content"),
        .discloseConfidential: Phrase(bare: "disclosing confidential information"),
        .useBranding: Phrase(bare: "using the school's name or logo"),
        .tag: Phrase(bare: "tagging people", towards: "tagging {}"),
        .shareLinks: Phrase(bare: "sharing links"),
        .accessSocialMedia: Phrase(bare: "using social media"),
        .registerSocialMedia: Phrase(bare: "registering on social media"),
        .createAccount: Phrase(bare: "creating school accounts"),
        .usePersonalDevice: Phrase(bare: "using personal devices"),
        .photograph: Phrase(bare: "taking photos", towards: "photographing {}"),
        .seekConsent: Phrase(bare: "seeking consent", towards: "seeking consent from {}"),
        .monitor: Phrase(bare: "monitoring social media"),
        .respond: Phrase(bare: "responding to comments", towards: "responding to {}"),
        .report: Phrase(bare: "reporting concerns", towards: "reporting concerns to {}"),
        .investigate: Phrase(bare: "investigating incidents"),
        .takeAction: Phrase(bare: "taking action over breaches", towards: "taking action against {}"),
        .removeContent: Phrase(bare: "removing content"),
        .train: Phrase(bare: "giving training", towards: "training {}"),
        .approve: Phrase(bare: "approving accounts and content"),
        .storeSecurely: Phrase(bare: "storing data securely"),
        .setPrivacy: Phrase(bare: "setting privacy controls"),
        .addDisclaimer: Phrase(bare: "adding disclaimers"),
        .comply: Phrase(bare: "following policy and conduct rules"),
        .complainOnline: Phrase(bare: "complaining online"),
        .cyberbully: Phrase(bare: "bullying online"),
        .damageReputation: Phrase(bare: "damaging the school's reputation"),
        .infringeCopyright: Phrase(bare: "infringing copyright"),
        .misrepresent: Phrase(bare: "posting anonymously or misrepresenting"),
        .promoteInterests: Phrase(bare: "promoting personal interests"),
        .other: Phrase(bare: "other rules", towards: "other rules about {}"),
    ]

    /// "Staff befriending ex-pupils", "The school monitoring social media".
    public static func label(for key: TopicKey) -> String {
        let subject = subjectNouns[key.subjectClass] ?? key.subjectClass.rawValue
        let phrase = actionPhrases[key.action] ?? Phrase(bare: key.action.rawValue)
        guard let audience = key.audience, let towards = phrase.towards else {
            return subject + " " + phrase.bare
        }
        let noun = audienceNouns[audience] ?? audience.rawValue
        return subject + " " + towards.filling(slot: noun)
    }
}
