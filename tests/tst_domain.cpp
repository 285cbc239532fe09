// Domain helpers: regions, kinds, name keys, tokens and link URLs.
#include "domain/NameKey.h"
#include "domain/Regions.h"
#include "domain/UnitKind.h"
#include "links/LinkUrl.h"
#include "links/TokenGenerator.h"

#include <QSet>
#include <QTest>

class tst_Domain : public QObject
{
    Q_OBJECT
private slots:
    void regions();
    void unitKinds();
    void nameKey_data();
    void nameKey();
    void nameCleaned_data();
    void nameCleaned();
    void tokens();
    void linkUrl_data();
    void linkUrl();
};

void tst_Domain::regions()
{
    QCOMPARE(Regions::all().size(), 34);
    QSet<QString> codes;
    for (const Region &r : Regions::all())
        codes.insert(r.code);
    QCOMPARE(codes.size(), 34);
    QCOMPARE(Regions::find(QStringLiteral("广东省"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("广东"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("guangdong"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("44"))->code, QStringLiteral("44"));
    QCOMPARE(Regions::find(QStringLiteral("陕西"))->code, QStringLiteral("61"));
    QCOMPARE(Regions::find(QStringLiteral("山西"))->code, QStringLiteral("14"));
    QCOMPARE(Regions::find(QStringLiteral("新疆维吾尔自治区"))->code, QStringLiteral("65"));
    QVERIFY(!Regions::find(QStringLiteral("火星")));
    QCOMPARE(Regions::displayName(QStringLiteral("11")), QStringLiteral("Beijing"));
}

void tst_Domain::unitKinds()
{
    QCOMPARE(DomainNames::unitKindFromText(QStringLiteral("一级发起单位")),
             UnitKind::InitiatingFirst);
    QCOMPARE(DomainNames::unitKindFromText(QStringLiteral("initiating-2")),
             UnitKind::InitiatingSecond);
    QCOMPARE(DomainNames::unitKindFromText(QStringLiteral(" 支持单位 ")), UnitKind::Supporting);
    QVERIFY(!DomainNames::unitKindFromText(QStringLiteral("三级")));
    for (UnitKind k : DomainNames::unitKinds())
        QCOMPARE(DomainNames::unitKindFromText(DomainNames::code(k)), k);
    QCOMPARE(DomainNames::letterSeries(UnitKind::InitiatingSecond), QStringLiteral("FQ"));
    QCOMPARE(DomainNames::letterSeries(UnitKind::Supporting), QStringLiteral("ZC"));
    QCOMPARE(DomainNames::expertFieldFromText(QStringLiteral("问卷设计专家")),
             ExpertField::Questionnaire);
}

void tst_Domain::nameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("suffix") << QStringLiteral("星河信息技术有限公司")
                            << QStringLiteral("星河信息技术有限责任公司");
    QTest::newRow("brackets") << QStringLiteral("星河（北京）科技")
                              << QStringLiteral("星河(北京)科技");
    QTest::newRow("full width") << QStringLiteral("ＡＢＣ网络安全协会")
                                << QStringLiteral("abc网络安全协会");
    QTest::newRow("spaces") << QStringLiteral("蓝盾 网络 安全协会")
                            << QStringLiteral("蓝盾网络安全协会");
    QTest::newRow("ideographic space")
        << QStringLiteral("蓝盾\u3000协会") << QStringLiteral("蓝盾协会");
    QTest::newRow("no-break space")
        << QStringLiteral("蓝盾\u00A0协会") << QStringLiteral("蓝盾协会");
    QTest::newRow("zero-width space")
        << QStringLiteral("方\u200B立公司") << QStringLiteral("方立公司");
    QTest::newRow("zero-width joiner")
        << QStringLiteral("方立\u200D公司") << QStringLiteral("方立公司");
    QTest::newRow("direction mark")
        << QStringLiteral("\u200E方立公司\u200F") << QStringLiteral("方立公司");
    QTest::newRow("word joiner") << QStringLiteral("方\u2060立公司") << QStringLiteral("方立公司");
    QTest::newRow("byte order mark")
        << QStringLiteral("\uFEFF方立公司") << QStringLiteral("方立公司");
    QTest::newRow("soft hyphen") << QStringLiteral("方\u00AD立公司") << QStringLiteral("方立公司");
    QTest::newRow("Kangxi radical 方")
        << QStringLiteral("\u2F45立公司") << QStringLiteral("方立公司");
    QTest::newRow("Kangxi radicals 文 言")
        << QStringLiteral("\u2F42明\u2FD4网络") << QStringLiteral("文明龜网络");
    QTest::newRow("Kangxi radical 一 (first)")
        << QStringLiteral("\u2F00号协会") << QStringLiteral("一号协会");
    QTest::newRow("Kangxi radical 龠 (last)")
        << QStringLiteral("\u2FD5乐社") << QStringLiteral("龠乐社");
    QTest::newRow("compatibility ideograph")
        << QStringLiteral("\uF900山协会") << QStringLiteral("豈山协会");
    QTest::newRow("compatibility supplement")
        << QStringLiteral("\U0002F800协会") << QStringLiteral("丽协会");
    QTest::newRow("traditional") << QStringLiteral("香港網絡安全協會")
                                 << QStringLiteral("香港网络安全协会");
    QTest::newRow("traditional company")
        << QStringLiteral("澳門數據資訊科技有限公司") << QStringLiteral("澳门数据资讯科技有限公司");
    QTest::newRow("traditional and full-width brackets")
        << QStringLiteral("臺灣（台北）資訊協會") << QStringLiteral("台湾(台北)资讯协会");
    QTest::newRow("outside the BMP")
        << QStringLiteral("𠮷祥\u200B物流") << QStringLiteral("𠮷祥物流");
    // Every format character (Cf), not only those the issue named; tags are outside the BMP.
    const QList<std::pair<const char *, char32_t>> invisible = {
        {"zero-width non-joiner U+200C", 0x200C},
        {"left-to-right embedding U+202A", 0x202A},
        {"right-to-left override U+202E", 0x202E},
        {"pop directional U+202C", 0x202C},
        {"left-to-right isolate U+2066", 0x2066},
        {"pop isolate U+2069", 0x2069},
        {"invisible times U+2062", 0x2062},
        {"Arabic letter mark U+061C", 0x061C},
        {"Mongolian vowel separator U+180E", 0x180E},
        {"interlinear anchor U+FFF9", 0xFFF9},
        {"combining grapheme joiner U+034F", 0x034F},
        {"Hangul filler U+3164", 0x3164},
        {"tag space U+E0020", 0xE0020},
        {"language tag U+E0001", 0xE0001},
    };
    for (const auto &[row, c] : invisible)
        QTest::newRow(row) << QStringLiteral("方%1立公司").arg(QString::fromUcs4(&c, 1))
                           << QStringLiteral("方立公司");
    QTest::newRow("variation selector U+FE00")
        << QStringLiteral("方立\uFE00公司") << QStringLiteral("方立公司");
    QTest::newRow("ideographic variation selector U+E0100")
        << QStringLiteral("葛\U000E0100城协会") << QStringLiteral("葛城协会");
    // Radicals NFKC leaves: CJK Radicals Supplement (as Noto Sans CJK's PDFs copy) and strokes.
    QTest::newRow("radical supplement 长 U+2ED3")
        << QStringLiteral("\u2ED3城网络") << QStringLiteral("长城网络");
    QTest::newRow("radical supplement 见 U+2EC5")
        << QStringLiteral("\u2EC5微科技") << QStringLiteral("见微科技");
    QTest::newRow("radical supplement 讠 U+2EC8 and 门 U+2ED4")
        << QStringLiteral("\u2ED4户\u2EC8") << QStringLiteral("门户讠");
    QTest::newRow("radical supplement 龟 U+2EF3")
        << QStringLiteral("\u2EF3山协会") << QStringLiteral("龟山协会");
    QTest::newRow("radical supplement 母 U+2E9F")
        << QStringLiteral("\u2E9F婴之家") << QStringLiteral("母婴之家");
    QTest::newRow("Kangxi radical 金 U+2FA6")
        << QStringLiteral("\u2FA6融协会") << QStringLiteral("金融协会");
    QTest::newRow("CJK stroke 一 U+31D0")
        << QStringLiteral("\u31D0号社") << QStringLiteral("一号社");
    // Hong Kong and Taiwan variants of traditional characters (OpenCC hk2s, tw2s).
    QTest::newRow("Hong Kong 綫 (線)")
        << QStringLiteral("香港綫上安全協會") << QStringLiteral("香港线上安全协会");
    QTest::newRow("Taiwan 啟 (啓)") << QStringLiteral("啟德資訊") << QStringLiteral("启德资讯");
    QTest::newRow("Hong Kong 啓") << QStringLiteral("啓德資訊") << QStringLiteral("启德资讯");
    QTest::newRow("Taiwan 裡 and 臺")
        << QStringLiteral("臺灣裡仁學會") << QStringLiteral("台湾里仁学会");
    QTest::newRow("Hong Kong 裏") << QStringLiteral("裏仁學會") << QStringLiteral("里仁学会");
    QTest::newRow("Hong Kong 衞") << QStringLiteral("衞生網絡") << QStringLiteral("卫生网络");
    QTest::newRow("Taiwan 衛") << QStringLiteral("衛生網路") << QStringLiteral("卫生网路");
    QTest::newRow("Taiwan 麵 and 為") << QStringLiteral("為民麵館") << QStringLiteral("为民面馆");
    QTest::newRow("Hong Kong 爲 and 麪")
        << QStringLiteral("爲民麪館") << QStringLiteral("为民面馆");
    QTest::newRow("Taiwan 偽 / 僞") << QStringLiteral("反偽協會") << QStringLiteral("反僞協會");
    QTest::newRow("Taiwan 峰 / 峯") << QStringLiteral("高峯論壇") << QStringLiteral("高峰论坛");
    QTest::newRow("Taiwan 群 / 羣") << QStringLiteral("羣眾團體") << QStringLiteral("群众团体");
    QTest::newRow("Taiwan 台 in 台灣")
        << QStringLiteral("台灣資安協會") << QStringLiteral("台湾资安协会");
    QTest::newRow("Macao 澳門 with 衞")
        << QStringLiteral("澳門網絡衞士") << QStringLiteral("澳门网络卫士");
    QTest::newRow("hyphenation point ‧")
        << QStringLiteral("米高‧梅協會") << QStringLiteral("米高·梅协会");
    QTest::newRow("bullet •") << QStringLiteral("米高•梅协会") << QStringLiteral("米高梅协会");
    QTest::newRow("full-width digits")
        << QStringLiteral("第１２３中学") << QStringLiteral("第123中学");
    QTest::newRow("full-width Latin lower")
        << QStringLiteral("ｉＴ之家") << QStringLiteral("IT之家");
    QTest::newRow("compatibility ideograph 郞 U+F92C")
        << QStringLiteral("\uF92C溪科技") << QStringLiteral("郎溪科技");
    QTest::newRow("compatibility ideograph 樂 U+F914")
        << QStringLiteral("\uF914山\uF9AE协会") << QStringLiteral("乐山莹协会");
    QTest::newRow("compatibility supplement U+2F8B6")
        << QStringLiteral("\U0002F8B6萃科技") << QStringLiteral("拔萃科技");
}

void tst_Domain::nameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(NameKey::of(a), NameKey::of(b));
    QVERIFY(NameKey::of(QStringLiteral("星河协会")) != NameKey::of(QStringLiteral("星海协会")));
    QVERIFY(NameKey::of(QStringLiteral("𠮷祥物流")) != NameKey::of(QStringLiteral("吉祥物流")));
}

void tst_Domain::nameCleaned_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("zero-width space")
        << QStringLiteral("方\u200B立公司") << QStringLiteral("方立公司");
    QTest::newRow("byte order mark and spaces")
        << QStringLiteral("\uFEFF 方立公司 ") << QStringLiteral("方立公司");
    QTest::newRow("visible characters kept")
        << QStringLiteral("香港網絡（安全）協會") << QStringLiteral("香港網絡（安全）協會");
    QTest::newRow("outside the BMP kept")
        << QStringLiteral("𠮷祥\u2060物流") << QStringLiteral("𠮷祥物流");
    QTest::newRow("direction embedding")
        << QStringLiteral("\u202B方立公司\u202C") << QStringLiteral("方立公司");
    QTest::newRow("isolates") << QStringLiteral("\u2068方立\u2069公司")
                              << QStringLiteral("方立公司");
    QTest::newRow("tags outside the BMP")
        << QStringLiteral("方立\U000E0001\U000E0063公司") << QStringLiteral("方立公司");
    QTest::newRow("no-break and ideographic spaces trimmed, inner kept")
        << QStringLiteral("\u3000香港 網絡\u00A0") << QStringLiteral("香港 網絡");
}

void tst_Domain::nameCleaned()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(NameKey::cleaned(typed), stored);
}

void tst_Domain::tokens()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString t = TokenGenerator::generate();
        QCOMPARE(t.size(), TokenGenerator::kLength);
        QVERIFY2(TokenGenerator::isWellFormed(t), qPrintable(t));
        seen.insert(t);
    }
    QCOMPARE(seen.size(), 2000);
    QCOMPARE(TokenGenerator::encodeCrockford(QByteArray::fromHex("0000000000"), 8),
             QStringLiteral("00000000"));
    QCOMPARE(TokenGenerator::encodeCrockford(QByteArray::fromHex("ffffffffff"), 8),
             QStringLiteral("ZZZZZZZZ"));
    QCOMPARE(TokenGenerator::normalize(QStringLiteral("abio-l")), QStringLiteral("AB101"));
}

void tst_Domain::linkUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << "https://s.example.org/q"
                           << "https://s.example.org/q?src=ABC";
    QTest::newRow("query") << "https://s.example.org/q?lang=zh"
                           << "https://s.example.org/q?lang=zh&src=ABC";
    QTest::newRow("fragment") << "https://s.example.org/q#start"
                              << "https://s.example.org/q?src=ABC#start";
    QTest::newRow("old src") << "https://s.example.org/q?src=OLD&a=1"
                             << "https://s.example.org/q?a=1&src=ABC";
    QTest::newRow("query and fragment") << "https://s.example.org/q?lang=zh#start"
                                        << "https://s.example.org/q?lang=zh&src=ABC#start";
    QTest::newRow("empty query") << "https://s.example.org/q?"
                                 << "https://s.example.org/q?src=ABC";
    QTest::newRow("encoded query") << "https://s.example.org/q?t=a%20b%26c"
                                   << "https://s.example.org/q?t=a%20b%26c&src=ABC";
    QTest::newRow("port and folder") << "http://s.example.org:8080/a/b/"
                                     << "http://s.example.org:8080/a/b/?src=ABC";
}

void tst_Domain::linkUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, url);
    QCOMPARE(LinkUrl::build(base, QStringLiteral("ABC")), url);
    QCOMPARE(LinkUrl::tokenFrom(url), QStringLiteral("ABC"));
    QCOMPARE(LinkUrl::tokenFrom(QStringLiteral(" ABC ")), QStringLiteral("ABC"));
}

QTEST_GUILESS_MAIN(tst_Domain)
#include "tst_domain.moc"
