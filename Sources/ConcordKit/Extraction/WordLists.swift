/// The closed word lists the clause rules test single tokens against
/// (function words, pronouns, auxiliaries), kept together as data and
/// compiled into `WordSet`s over the lexicon's vocabulary. Open lists that
/// authors extend (imperatives, stance cues, sanction headings) live in the
/// lexicon JSON instead. A class, so that a rule reaches every list through
/// one reference.
final class WordLists: Sendable {
    /// Single words and marks, by id.
    let words: RuleWords

    // Cues.
    /// Words that may stand between two modal phrases of one cue ("are
    /// advised to also avoid").
    let cueJoiners: WordSet
    /// A relative word before "will", "may" or "can" makes it no cue
    /// ("which may damage").
    let relatives: WordSet
    /// After "it is important that", a subject that makes it no duty.
    let impersonalSubjects: WordSet
    /// Marks and words that close the complement of "ensure".
    let ensureBreaks: WordSet
    /// Adverbs between a modal and "be" ("must also be").
    let adverbsBeforeBe: WordSet
    /// Adverbs between "be" and a participle ("be not", "be then").
    let adverbsAfterBe: WordSet
    let irregularParticiples: WordSet
    /// "seen", "regarded": with "as" after them, how something is taken.
    let perceptionParticiples: WordSet
    /// "misread", "misinterpreted": how something is taken wrongly.
    let misreadingParticiples: WordSet
    /// "what", "anything": a subject that is a thing.
    let thingPronouns: WordSet
    /// "most", "many": a share of a group, not the group.
    let describingQuantifiers: WordSet
    /// "reception", "eyfs": a year group, a part of the pupils.
    let yearGroupWords: WordSet
    /// "ensure" and "ensuring", whose complement holds its own modals.
    let ensureVerbs: WordSet

    // Imperatives.
    /// Conjunctions skipped before an imperative ("and check").
    let imperativeJoiners: WordSet
    /// Adverbs that may open an imperative ("Always check", "Please use").
    let imperativeAdverbs: WordSet
    /// A verb of the lexicon followed by one of these is a noun ("Use is").
    let verbsAfterNoun: WordSet
    /// Words that open a condition before an imperative ("If …, do …").
    let conditionOpeners: WordSet
    /// Verbs that are imperatives anywhere after a condition.
    let reflectiveImperatives: WordSet
    /// Words that open a prohibition as an imperative ("Don't", "Never").
    let negativeImperatives: WordSet
    /// Words after "Never" that make an inversion ("Never before have").
    let inversionWords: WordSet
    /// "us", "our": the school speaking of itself.
    let firstPersonPlural: WordSet
    /// Words that open a clause qualifying an object.
    let subordinators: WordSet
    /// Words after which "that" opens a complement, not a relative clause.
    let thatComplementHeads: WordSet
    let possessiveDeterminers: WordSet
    /// Words of a grievance about the school ("unhappy", "complaint").
    let grievanceWords: WordSet
    /// Words that point at a section's rules ("the rules below").
    let sectionReferences: WordSet
    /// Words that open a question.
    let questionOpeners: WordSet
    /// Forms of "be".
    let beVerbs: WordSet
    /// Words of a worry about safety, which makes speaking to someone a report.
    let concernWords: WordSet
    /// Verbs of thinking and knowing, whose negation states no practice.
    let statementVerbs: WordSet
    /// Verbs whose object is asked to do what follows "to" ("ask a parent
    /// to take it down").
    let askVerbs: WordSet
    /// Nouns of a lead-in that gives its items force ("Expectations
    /// include:"), even with a word of a statement.
    let deonticNouns: WordSet
    /// Prepositions of a channel after "never" ("never on a personal phone").
    let channelPrepositions: WordSet
    /// Words before a contrasting "not" ("… and not on social media").
    let contrastOpeners: WordSet
    /// Verbs of teaching, whose audience is pupils when none is named.
    let teachingVerbs: WordSet
    /// Words before a time that make it a frequency or a deadline.
    let frequencyWords: WordSet
    /// Words before "a" that make the time after it a frequency or a
    /// deadline ("once a school day", "within a working day"); "during a
    /// lesson" is when a rule holds.
    let frequencyBeforeArticle: WordSet
    let indefiniteArticles: WordSet
    /// "each other", "one another": the parties bound are also whom the
    /// action is towards.
    let reciprocalFirst: WordSet
    /// Words that open a clause within a sentence: a cue's copula after
    /// one belongs to that clause ("before access is permitted").
    let clauseSubordinators: WordSet
    /// Words that open a reason or a concession, whose modal states no rule.
    let reasonSubordinators: WordSet
    /// Prepositions that open a negative adverbial before an inverted cue
    /// ("at no time may", "on no account should").
    let negativeAdverbialOpeners: WordSet
    /// Nouns for a personal device ("pupils' *phones*").
    let deviceNouns: WordSet
    /// "confiscated": a device held is another's.
    let seizureWords: WordSet
    /// "calls": contact when made to someone, else the phone's use.
    let callNouns: WordSet
    /// Units a number counts that are not years of age ("at least twelve
    /// characters", "over 30 pupils").
    let countedUnits: WordSet
    /// "we", "us": the school, unless an agreement's party speaks.
    let weWords: WordSet
    /// "will remind": a reminder whose audience follows it.
    let activeReminders: WordSet
    /// Prepositions of place before a noun ("in a post", "on any page").
    let placePrepositions: WordSet
    /// Words that may follow such a noun ("in a post about …").
    let afterPlaceNoun: WordSet
    /// "use your personal email address": an address used, not disclosed.
    let useVerbs: WordSet
    let emailWords: WordSet
    /// Words that open a question inside a clause ("who they can talk to").
    let questionWords: WordSet
    /// Subjects that negate the rule they bind ("Nobody may …").
    let negativeSubjects: WordSet
    /// Device words that are also verbs of contact ("phone pupils").
    let contactVerbs: WordSet
    /// Words for pupils that a pupil also uses of fellow pupils ("your
    /// classmates", "your friends"): not one's own children.
    let pupilPartyHeads: WordSet
    let reciprocalSecond: WordSet
    /// Words after "not" or "no" that leave a clause's polarity as it is.
    let notNegating: WordSet
    /// Words before "only" that keep it from restricting ("the only").
    let notRestrictingBeforeOnly: WordSet
    /// Words after "only" that keep it from restricting ("only a few").
    let notRestrictingAfterOnly: WordSet
    /// The general names of parties: a definition of one holds wherever
    /// its party is bound without being named.
    let generalPartyNames: WordSet
    /// "anything that could …": the relative clause is the content itself.
    let indefinitePronouns: WordSet
    /// Verbs whose first object receives ("give pupils their number").
    let givingVerbs: WordSet
    /// Nouns of a procedure or code ("Staff Disciplinary Procedure").
    let procedureNouns: WordSet
    /// Marks that end a clause.
    let clauseMarks: WordSet
    /// Words that open a title-like clause ("What we will do").
    let titleOpeners: WordSet

    // Actions.
    /// Condition words before a clause's head ("when …, report").
    let conditionWords: WordSet
    /// Words before a clause's verb that are not its head.
    let notHeads: WordSet
    /// Words between a passive cue and its participle.
    let beforeParticiple: WordSet
    /// Words before the verb of a passive about images.
    let beforePassiveVerb: WordSet
    /// Negations inside "ensure that …".
    let negations: WordSet

    // Parties.
    let prepositions: WordSet
    /// Prepositions whose phrase holds no subject ("on an academy account").
    let subjectPrepositions: WordSet
    /// Words that close a noun phrase looking back from a party.
    let phraseBreaks: WordSet
    let pronouns: WordSet
    /// "message", "text": what one person sends another privately.
    let privateMessageNouns: WordSet
    /// "comment", "post", "query": what is said in public or to the school.
    let publicCommentNouns: WordSet
    /// "show", "include": what an image holds.
    let showingVerbs: WordSet
    /// "working", "employed": how a party belongs to a school.
    let belongingVerbs: WordSet
    /// "confiscated": a device taken from its owner, in custody.
    let confiscationWords: WordSet
    /// "second", "senior": words between "by" and the agent it names.
    let agentQualifiers: WordSet
    /// "they", "he", "she": a party named before, not the reader.
    let thirdPersonPronouns: WordSet
    /// "ask", "request": a verb by which one party asks another to act.
    let askingVerbs: WordSet
    /// Words between two parties of one list.
    let joiners: WordSet
    /// Words that may join the roles of one subject group.
    let connectors: WordSet
    /// Words that open brackets of parties a subject includes.
    let inclusions: WordSet
    let relativePronouns: WordSet
    /// Relative pronouns that open a clause about the party before them.
    let subjectRelatives: WordSet
    /// Relative pronouns whose modal belongs to a relative clause ("who
    /// needs to", "which must").
    let subjectRelativeWords: WordSet
    /// Modal auxiliaries of a complement ("that staff will not").
    let auxiliaries: WordSet
    let andOr: WordSet
    /// Lower-case words inside an institution's name.
    let nameFillers: WordSet
    /// Words that make a repeated subject someone else ("other staff").
    let otherParty: WordSet
    let demonstratives: WordSet
    /// Words after which the parties named receive a report.
    let reportVerbs: WordSet
    /// Verbs before "with" that name a recipient ("raised with").
    let raiseVerbs: WordSet

    // Subjects.
    /// Conditions whose party does what follows ("If the headteacher …").
    let partyConditions: WordSet
    let determiners: WordSet
    /// Pronouns that address the bound party ("if you …").
    let addressPronouns: WordSet
    /// Words between the parties of an opening condition.
    let conditionPartyJoiners: WordSet
    /// Words between an inverted cue and the party it binds.
    let beforeInvertedParty: WordSet
    /// Last words of a cue that bind the parties after it ("of", "that").
    let bindingCueEnds: WordSet
    /// Words whose sentence points back at the sentence before.
    let anaphors: WordSet
    /// Words before a statement that make it part of another clause.
    let beforeStatement: WordSet
    /// Marks that cut a sentence before its first cue.
    let cueCuts: WordSet
    /// Pronouns right before a cue.
    let personalPronouns: WordSet
    /// "personal", "own": what marks a person's own account or device.
    let ownershipWords: WordSet
    /// "school", "work": a device's owner that is not a person.
    let institutionOwners: WordSet
    /// Words that may follow a coordinated clause's "and".
    let coordinationSkips: WordSet
    /// Words and marks that bound a clause of a coordinated sentence.
    let boundaries: WordSet
    let coordinators: WordSet
    /// Participles of a report passed on ("… should be reported").
    let passedOn: WordSet
    /// Participles of a party informed ("must be informed").
    let informed: WordSet

    // Settings.
    /// Words before an age ("aged 13", "pupils 13 and over").
    let ageLeads: WordSet
    /// Words between an age word and its number ("under the age of 13").
    let ageFillers: WordSet
    /// Words that grant permission in an exception.
    let grantWords: WordSet
    /// Nouns of a granted permission.
    let grantNouns: WordSet
    /// Words between the parties that grant an exception.
    let grantorJoiners: WordSet
    /// Words that open the party of a permission ("consent of parents").
    let grantorPrepositions: WordSet
    /// Words inside that party ("of the parents").
    let grantorFillers: WordSet

    // Headings and lead-ins.
    /// A party after one of these in a heading is its audience.
    let headingAudiencePrepositions: WordSet
    /// Words a role bullet may hold besides roles ("Staff and governors").
    let roleBulletFillers: WordSet
    /// Words that end a lead-in with a condition ("… if:").
    let leadInConditions: WordSet
    /// Words of a title that name a kind of document.
    let documentKinds: WordSet
    /// Words of a heading over the school's own duties ("What we will do").
    let institutionDuties: WordSet
    /// Key stages named in a title ("KS2").
    let keyStages: WordSet
    /// Words of a heading a party signs or promises under ("Parent agreement").
    let signatureWords: WordSet
    /// Last words of a lead-in that point at the items rather than leave
    /// its sentence open ("… the following:", "… as follows:").
    let leadInClosers: WordSet
    /// Last words of a lead-in whose sentence its items finish.
    let leadInOpenEnds: WordSet
    /// Words that turn a lead-in's tail into examples ("for example by:").
    let exampleMarkers: WordSet

    // Rules.
    /// Modals that make a consequence possible, not certain ("may lead to").
    let possibilityModals: WordSet
    /// Nouns of a policy document ("in line with school policy").
    let policyNouns: WordSet
    /// Verbs of a cue that a policy imposes ("the school requires").
    let requireVerbs: WordSet
    /// Words that open an object after a verb the lexicon does not list
    /// ("Wear your lanyard", "Invite them").
    let imperativeObjects: WordSet
    /// Articles, which must have a word after them to open an object
    /// ("Appendix A" is a label).
    let articles: WordSet
    /// Closed-class words and labels that are never an imperative verb,
    /// whatever follows them.
    let notImperatives: WordSet
    /// Words that limit a clause to some cases: a condition, a restrictive
    /// relative ("pupils who walk home"), "only", "except", "without".
    let qualifyingWords: WordSet

    init(vocabulary: inout Vocabulary) {
        func set(_ words: [String]) -> WordSet { WordSet(words, vocabulary: &vocabulary) }
        words = RuleWords(vocabulary: &vocabulary)
        cueJoiners = set(["also", "always", "still", "strongly", "not", "therefore", "then", "really", "actively", "further", "be"])
        relatives = set(["which", "that", "who", "it", "this", "these", "what"])
        impersonalSubjects = set(["we", "it", "this"])
        ensureBreaks = set([";", ":", "and", "but"])
        adverbsBeforeBe = set(["also", "always", "still", "only", "not", "never", "immediately", "then", "regularly", "all"])
        adverbsAfterBe = set(["not", "also", "then", "immediately"])
        perceptionParticiples = set(["seen", "regarded", "viewed", "perceived", "interpreted", "taken", "read", "considered", "deemed",
                                     "construed", "treated", "understood"])
        misreadingParticiples = set(["misread", "misinterpreted", "misconstrued", "misunderstood", "misrepresented"])
        institutionOwners = set(["school", "academy", "college", "nursery", "setting", "federation", "trust", "work", "office", "class",
                                 "department", "visit", "trip"])
        ownershipWords = set(["personal", "own", "private"])
        describingQuantifiers = set(["most", "many", "few"])
        yearGroupWords = set(["reception", "eyfs", "ks1", "ks2", "ks3", "ks4", "ks5", "sixth", "nursery"])
        thingPronouns = set(["what", "whatever", "anything", "everything", "something", "nothing"])
        irregularParticiples = set(["taken", "made", "sent", "kept", "held", "done", "seen", "given", "shown", "written", "put", "set", "found",
                                    "told", "brought", "known", "sought", "left", "met", "read", "paid", "won", "shut", "cut", "built", "spent",
                                    "dealt", "drawn", "undertaken", "withdrawn", "handed", "switched", "worn", "hidden", "forbidden",
                                    "stolen", "broken", "chosen", "spoken", "shaken", "driven", "eaten", "forgotten", "bought", "caught",
                                    "taught", "thought", "lost", "sold", "heard", "lent", "run", "begun", "grown", "thrown", "blown",
                                    "understood", "hit", "overseen", "overridden", "mistaken", "rewritten", "forgiven", "withheld",
                                    "upheld", "torn", "sworn", "struck", "stuck", "swept", "felt", "meant", "led", "fed", "spread", "shed",
                                    "bound", "laid", "said", "beaten", "bitten", "proven", "frozen", "hung", "sat", "stood"])
        ensureVerbs = set(["ensure", "ensuring", "sure"])
        imperativeJoiners = set(["and", "or", "but", "then"])
        imperativeAdverbs = set(["always", "please", "regularly", "also", "then", "only", "just"])
        verbsAfterNoun = set(["is", "are", "was", "were", "must", "should", "will", "may", "can", "address", "addresses"])
        conditionOpeners = set(["if", "when", "whenever", "where", "before", "while", "whilst", "after", "as", "in", "should", "once"])
        reflectiveImperatives = set(["consider", "think", "check", "remember"])
        negativeImperatives = set(["don't", "dont", "never"])
        inversionWords = set(["before", "have", "has", "had", "is", "was", "were", "did", "does", "do", "been", "again", "once", "will", "would", "could", "can"])
        firstPersonPlural = set(["us", "our", "ours"])
        subordinators = set(["who", "whose", "whom", "which", "unless", "until", "before", "after", "once", "whilst", "while", "because",
                             "since", "although", "whenever", "when", "where", "if"])
        thatComplementHeads = set(["sure", "clear", "so", "such", "aware", "know", "understand", "check", "satisfied", "confident", "agree",
                                   "state", "states", "say", "says", "mean", "means", "given"])
        indefinitePronouns = set(["anything", "something", "nothing", "everything"])
        generalPartyNames = set(["staff", "employees", "users", "everyone", "pupils", "students", "children", "volunteers", "parents", "carers",
                                 "governors", "visitors", "contractors", "learners"])
        notRestrictingBeforeOnly = set(["the", "an", "if", "not", "one", "that", "my", "their", "our", "your", "his", "her", "its"])
        notRestrictingAfterOnly = set(["a", "one", "to", "way", "just", "been", "few", "once", "recently", "partly"])
        notNegating = set(["only", "more", "later", "longer", "less", "fewer", "sooner", "matter", "exception", "doubt"])
        frequencyWords = set(["each", "every", "per", "one", "same", "next", "two", "three", "following", "first", "last"])
        frequencyBeforeArticle = set(["once", "twice", "thrice", "times", "within", "per"])
        indefiniteArticles = set(["a", "an"])
        reciprocalFirst = set(["each", "one"])
        pupilPartyHeads = set(["classmate", "classmates", "friend", "friends", "peers", "peer", "pupil", "pupils", "student", "students", "learners", "learner", "class", "form", "tutor"])
        deviceNouns = set(["phone", "phones", "mobile", "mobiles", "device", "devices", "watch", "watches", "smartwatch", "smartwatches", "tablet", "tablets", "laptop", "laptops", "camera", "cameras", "ipad", "ipads"])
        weWords = set(["we", "us"])
        activeReminders = set(["remind", "reminds"])
        useVerbs = set(["use", "uses", "using", "used"])
        emailWords = set(["email", "emails"])
        placePrepositions = set(["in", "on", "within", "into", "onto"])
        afterPlaceNoun = set(["about", "with", "or", "and", "on", "to", "for", "that", "which", "of", "by", "from", "online"])
        questionWords = set(["who", "what", "which", "where", "how", "when", "whom", "whose", "why", "whether"])
        countedUnits = set(["character", "characters", "digit", "digits", "letter", "letters", "symbol", "symbols", "day", "days", "hour", "hours",
                            "minute", "minutes", "week", "weeks", "month", "months", "time", "times", "photo", "photos", "photograph", "photographs",
                            "image", "images", "word", "words", "people", "pupils", "children", "students", "members", "per", "percent", "%"])
        negativeSubjects = set(["nobody", "none"])
        contactVerbs = set(["phone", "phones", "phoning", "phoned", "text", "texts", "texting", "texted", "ring", "rings", "ringing"])
        callNouns = set(["call", "calls", "calling"])
        seizureWords = set(["confiscated", "confiscate", "confiscates", "confiscation"])
        negativeAdverbialOpeners = set(["under", "at", "on", "in"])
        reasonSubordinators = set(["because", "although", "though", "whereas"])
        clauseSubordinators = set(["if", "unless", "before", "after", "until", "once", "when", "whenever", "where", "while", "whilst", "because", "since", "although", "though"])
        reciprocalSecond = set(["other", "another"])
        teachingVerbs = set(["teach", "teaches", "teaching", "taught"])
        contrastOpeners = set(["and", "but", ",", "(", "or", "than", "simply", "just"])
        channelPrepositions = set(["on", "through", "from", "via", "by", "in", "at", "with", "using"])
        askVerbs = set(["ask", "asks", "asked", "require", "requires", "expect", "expects", "invite", "invites", "encourage", "encourages", "tell", "tells", "remind", "reminds"])
        deonticNouns = set(["expectations", "requirements", "responsibilities", "duties", "rules", "obligations", "commitments"])
        statementVerbs = set(["think", "believe", "know", "want", "feel", "mind", "understand", "see", "mean", "expect", "need", "have", "like",
                              "recognise", "recognize", "agree", "intend", "wish", "hope", "seem", "appear", "always", "usually"])
        concernWords = set(["concern", "concerns", "concerned", "worried", "worries", "worry", "upset", "upsets", "unsafe", "uncomfortable", "frightened", "scared"])
        beVerbs = set(["is", "are", "am", "was", "were", "be", "been", "being", "gives", "give", "has", "have"])
        questionOpeners = set(["do", "does", "did", "can", "could", "would", "should", "is", "are", "will", "have", "has", "may", "what", "how",
                               "why", "when", "where", "who", "which", "am"])
        sectionReferences = set(["below", "following", "these", "this", "section", "policy", "guidance", "code", "rules", "expectations", "agreement", "it"])
        grievanceWords = set(["unhappy", "complain", "complaint", "complaints", "grievance", "grievances", "dissatisfied", "disagree"])
        possessiveDeterminers = set(["their", "your", "my", "our", "his", "her", "its"])
        givingVerbs = set(["give", "gives", "giving", "send", "sends", "sending", "tell", "telling", "pass", "show", "hand", "provide", "offer", "share"])
        procedureNouns = set(["disciplinary", "procedure", "procedures", "policy", "code", "behaviour", "conduct"])
        clauseMarks = set([",", ";", ":", "-", "(", ")"])
        titleOpeners = set(["what", "how", "who", "why", "which"])
        conditionWords = set(["when", "if", "where", "whenever", "while", "whilst"])
        notHeads = set(["to", "be", "pro", "also", "then", "immediately", "always", "please", "not", "never", "no", "do", "don't", "dont", "only",
                        "that", "and", "or", "but", "they", "you", "we", "i", "he", "she", "ensure", "sure", "make"])
        beforeParticiple = set(["be", "been", "not", "never", "only", "also", "then", "immediately", "always"])
        beforePassiveVerb = set(["be", "been", "not", "never", "only"])
        negations = set(["not", "neither", "never", "nobody", "no", "cannot", "can't", "don't", "doesn't", "won't"])
        prepositions = set(["in", "at", "of", "from", "within", "across", "to", "for", "with", "by", "about", "on", "into"])
        subjectPrepositions = set(["in", "at", "of", "from", "within", "across", "to", "for", "with", "by", "about", "on", "into",
                                   "towards", "toward", "between", "among", "against", "via", "through", "than", "like", "after", "before"])
        phraseBreaks = set(["and", "or", "but", "nor", "who", "which", "that", "must", "should", "will", "may", "can", "shall",
                            "is", "are", "be", "not", "including", "whether", "if", "when", "where"])
        pronouns = set(["they", "he", "she", "you", "them", "individuals", "i"])
        thirdPersonPronouns = set(["they", "he", "she"])
        showingVerbs = set(["show", "shows", "showing", "include", "includes", "including", "feature", "features", "featuring", "contain",
                            "contains", "identify", "identifies"])
        belongingVerbs = set(["working", "employed", "volunteering", "studying", "enrolled", "based", "placed"])
        confiscationWords = set(["confiscated", "confiscate", "confiscation", "confiscates", "removed", "taken"])
        agentQualifiers = set(["second", "another", "other", "senior", "named", "nominated", "designated", "relevant", "appropriate",
                               "trained", "qualified", "two", "both", "any", "each", "one", "more", "experienced"])
        privateMessageNouns = set(["message", "messages", "text", "texts", "dm", "dms", "email", "emails", "whatsapp"])
        publicCommentNouns = set(["comment", "comments", "post", "posts", "complaint", "complaints", "question", "questions", "query",
                                  "queries", "enquiry", "enquiries", "review", "reviews", "page", "pages"])
        askingVerbs = set(["ask", "asks", "request", "requests", "tell", "tells", "instruct", "instructs"])
        joiners = set([",", "or", "and", "/", "its", "the", "other", "including", "their", "any", "all", "of", "members", "member"])
        connectors = set(["and", "or", ",", "/", "the", "all", "any", "other", "of", "their", "its", "either", "as", "a", "an", "current",
                          "both", "members", "member", "every", "each", "no", "our", "relevant", "individual", "appropriate",
                          "school", "'s"])
        inclusions = set(["including", "incl", "and", "plus"])
        relativePronouns = set(["who", "which", "that"])
        subjectRelatives = set(["who", "that"])
        subjectRelativeWords = set(["who", "which", "whom", "whose"])
        auxiliaries = set(["will", "shall", "must", "should", "would", "can", "may", "do", "does"])
        andOr = set(["and", "or"])
        nameFillers = set(["the", "of", "to", "and"])
        otherParty = set(["other", "past", "current", "fellow", "former", "another"])
        demonstratives = set(["that", "this", "these", "those"])
        reportVerbs = set(["to", "inform", "informed", "notify", "notified", "tell", "contact", "alert", "let"])
        raiseVerbs = set(["raised", "raise", "discussed", "discuss", "speak", "talk", "share", "shared"])
        partyConditions = set(["if", "when", "where", "whenever"])
        determiners = set(["any", "a", "the", "an", "all"])
        addressPronouns = set(["you", "they"])
        conditionPartyJoiners = set(["or", "and", ",", "/", "the", "a", "any"])
        beforeInvertedParty = set(["the", "a", "an", "all", "any", "every", "each", "our", "that", "its", "are", "is", "for"])
        bindingCueEnds = set(["of", "that", "for"])
        anaphors = set(["this", "these", "it", "such"])
        beforeStatement = set(["that", "which", "who", "i"])
        cueCuts = set(["(", "-", ";", ":"])
        personalPronouns = set(["you", "they", "we", "he", "she"])
        coordinationSkips = set(["and", "or", ",", "to", "also", "then", "still", "not"])
        boundaries = set([",", ";", ":", "-", "and", "but", "or", "nor", "whilst", "while", "however"])
        coordinators = set(["and", "or", "but", "nor"])
        passedOn = set(["reported", "referred", "notified", "escalated", "passed"])
        informed = set(["informed", "notified", "told", "contacted"])
        ageLeads = set(["aged", "age", "of", "pupils", "children", "students", "users", "years"])
        ageFillers = set(["the", "age", "of", "aged"])
        grantWords = set(["permission", "consent", "agreement", "agreed", "permits"])
        grantNouns = set(["permission", "consent", "agreement", "agreed"])
        grantorJoiners = set(["/", "or", "and", ",", "the", "their"])
        grantorPrepositions = set(["of", "from", "by"])
        grantorFillers = set(["the", "a", "their", "/", "or", "and", "member", "of"])
        headingAudiencePrepositions = set(["with", "towards", "to", "about", "between"])
        roleBulletFillers = set(["and", "or", "all"])
        leadInConditions = set(["if", "where", "when", "whether"])
        documentKinds = set(["policy", "agreement", "code", "guidance", "guide", "charter", "leaflet", "protocol", "rules", "handbook",
                             "statement", "procedure", "procedures", "faq", "faqs", "guidelines", "expectations", "contract", "aua", "aup"])
        institutionDuties = set(["will", "must", "shall", "does", "do", "responsibilities", "responsibility", "commitment", "commitments",
                                 "promise", "promises", "duties", "role"])
        signatureWords = set(["agreement", "declaration", "pledge", "promise", "promises", "commitment", "commitments", "undertaking", "sign", "signed"])
        keyStages = set(["ks1", "ks2", "ks3", "ks4", "ks5", "eyfs"])
        leadInClosers = set(["following", "follows", "below", "these", "this", "list"])
        exampleMarkers = set(["example", "such", "particular", "eg", "instance"])
        leadInOpenEnds = set(["must", "should", "shall", "will", "may", "can", "could", "would", "not", "never", "to", "be", "also",
                              "always", "only", "that", "which", "who", "they", "we", "i", "you", "he", "she", "for", "by", "with", "of",
                              "on", "in", "about", "from", "into", "and", "or", "including", "is", "are", "ensure", "avoid"])
        possibilityModals = set(["may", "can", "could"])
        policyNouns = set(["policy", "policies", "procedures"])
        requireVerbs = set(["requires", "require"])
        imperativeObjects = set(["your", "the", "any", "all", "their", "them", "it", "this", "these", "those", "our", "his", "her", "every",
                                 "each", "yourself", "yourselves", "someone", "anyone", "anything", "something", "a", "an"])
        articles = set(["a", "an"])
        qualifyingWords = set(["who", "whose", "if", "when", "whenever", "where", "unless", "until", "while", "whilst", "once", "except",
                               "only", "without", "provided"])
        notImperatives = set(["about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before", "behind",
                              "below", "beside", "besides", "between", "beyond", "but", "by", "despite", "down", "during", "except", "for",
                              "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past",
                              "per", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under", "unlike", "until",
                              "up", "upon", "via", "with", "within", "without", "and", "or", "nor", "so", "yet", "if", "when", "where",
                              "whether", "while", "whilst", "once", "unless", "because", "although", "though", "however", "therefore", "thus",
                              "hence", "also", "then", "only", "even", "just", "both", "either", "neither", "all", "any", "each", "every",
                              "some", "many", "most", "much", "more", "few", "such", "what", "which", "who", "whom", "whose", "why", "how",
                              "this", "that", "these", "those", "the", "a", "an", "no", "not", "it", "its", "he", "she", "they", "we", "you",
                              "i", "me", "him", "her", "them", "us", "our", "your", "their", "my", "his", "is", "are", "was", "were", "be",
                              "been", "am", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                              "thank", "welcome", "dear", "here", "there", "now", "today", "yes", "see", "figure", "table", "appendix",
                              "annex", "section", "part", "page", "schedule", "step", "stage", "phase", "year", "key", "term", "date",
                              "name", "title", "version", "author", "owner", "school", "academy", "trust", "college", "policy", "staff",
                              "almost", "quite", "rather", "half", "twice", "amongst", "sometimes", "often", "never", "always", "ever",
                              "again", "still", "already", "soon", "instead", "otherwise", "meanwhile", "perhaps", "maybe"])
    }
}
