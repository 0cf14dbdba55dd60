/// What a clause obliges, forbids or permits, in its named form
/// (docs/clauses.md, "Actions"). Negation lives in `Modality`, never here.
public enum Action: String, Codable, CaseIterable, Sendable, Comparable {
    case befriend
    case contact
    case postImages = "post-images"
    case postComments = "post-comments"
    case postOffensive = "post-offensive"
    case discloseConfidential = "disclose-confidential"
    case useBranding = "use-branding"
    case tag
    case shareLinks = "share-links"
    case accessSocialMedia = "access-social-media"
    case registerSocialMedia = "register-social-media"
    case createAccount = "create-account"
    case usePersonalDevice = "use-personal-device"
    case photograph
    case seekConsent = "seek-consent"
    case monitor
    case respond
    case report
    case investigate
    case takeAction = "take-action"
    case removeContent = "remove-content"
    case train
    case approve
    case storeSecurely = "store-securely"
    case setPrivacy = "set-privacy"
    case addDisclaimer = "add-disclaimer"
    case comply
    case complainOnline = "complain-online"
    case cyberbully
    case damageReputation = "damage-reputation"
    case infringeCopyright = "infringe-copyright"
    case misrepresent
    case promoteInterests = "promote-interests"
    case other

    public static func < (lhs: Action, rhs: Action) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Position in declaration order, which is the canonical order of lists.
    var ordinal: Int { declarationIndex(of: self) }
}
