import Testing

@testable import Messages

@Suite struct LanguageTests {
    @Test(arguments: [
        ("en", Language.english), ("en_GB.UTF-8", .english), ("zh-Hans", .simplifiedChinese),
        ("zh_CN.UTF-8", .simplifiedChinese), ("zh_SG", .simplifiedChinese),
        ("zh_Hans", .simplifiedChinese), ("zh-hans-CN", .simplifiedChinese), ("ZH", .simplifiedChinese),
    ])
    func tagsAndLocalesNameTheirLanguage(tag: String, language: Language) {
        #expect(Language(tag: tag) == language)
    }

    @Test(arguments: ["", "klingon-xx", "zh_TW.UTF-8", "zh-Hant", "zh_HK", "C", "fr_FR"])
    func otherTagsNameNoLanguage(tag: String) {
        #expect(Language(tag: tag) == nil)
    }

    @Test func lcAllWinsOverLcMessagesOverLang() {
        let environment = ["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]
        #expect(Language.fromLocale(environment: environment) == .simplifiedChinese)
        #expect(Language.fromLocale(environment: ["LC_MESSAGES": "en_US", "LANG": "zh_CN"]) == .english)
        #expect(
            Language.fromLocale(environment: ["LC_ALL": "", "LANG": "zh_SG.UTF-8"]) == .simplifiedChinese)
    }

    @Test(arguments: ["zh_CN.UTF-8", "zh_CN", "zh_SG.GB2312", "zh_Hans", "zh-Hans-CN", "zh_CN.UTF-8@pinyin"])
    func simplifiedChineseLocalesChooseChinese(locale: String) {
        #expect(Language.fromLocale(environment: ["LANG": locale]) == .simplifiedChinese)
    }

    @Test func otherLocalesChooseEnglish() {
        #expect(Language.fromLocale(environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Language.fromLocale(environment: ["LANG": "zh_TW.UTF-8"]) == .english)
        #expect(Language.fromLocale(environment: ["LANG": "zh"]) == .english)
        #expect(Language.fromLocale(environment: ["LANG": "zh_HK.UTF-8"]) == .english)
        #expect(Language.fromLocale(environment: ["LANG": "zh_MY.UTF-8"]) == .english)
        #expect(Language.fromLocale(environment: [:]) == .english)
    }
}
