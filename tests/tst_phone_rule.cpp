// Phone numbers as offices write them: every valid spelling comes out as one canonical form
// (validation/PhoneRule), and an invalid one says why. All numbers are invented.
#include "validation/PhoneRule.h"
#include "validation/UnitValidator.h"

#include <QTest>

class tst_PhoneRule : public QObject
{
    Q_OBJECT
private slots:
    void canonical_data();
    void canonical();
    void invalid_data();
    void invalid();
};

void tst_PhoneRule::canonical_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    const QString mobile = QStringLiteral("13800138000");
    QTest::newRow("mobile plain") << mobile << mobile;
    QTest::newRow("mobile +86 spaced") << QStringLiteral("+86 138 0013 8000") << mobile;
    QTest::newRow("mobile 0086 hyphens") << QStringLiteral("0086-138-0013-8000") << mobile;
    QTest::newRow("mobile 0086 other")
        << QStringLiteral("0086-139-1234-5678") << QStringLiteral("13912345678");
    QTest::newRow("mobile +86-") << QStringLiteral("+86-13800138000") << mobile;
    QTest::newRow("mobile full-width digits") << QStringLiteral("１３８００１３８０００") << mobile;
    QTest::newRow("mobile full-width plus")
        << QStringLiteral("＋８６　１３８　００１３　８０００") << mobile;
    QTest::newRow("mobile ideographic spaces")
        << QStringLiteral("138\u30000013\u30008000") << mobile;
    QTest::newRow("mobile no-break spaces") << QStringLiteral("138\u00A00013\u00A08000") << mobile;
    QTest::newRow("mobile thin spaces") << QStringLiteral("138\u20090013\u20098000") << mobile;
    QTest::newRow("mobile zero-width space") << QStringLiteral("1380013\u200B8000") << mobile;
    QTest::newRow("mobile 19x") << QStringLiteral("199 1234 5678") << QStringLiteral("19912345678");
    QTest::newRow("landline Beijing")
        << QStringLiteral("010-65123456") << QStringLiteral("010-65123456");
    QTest::newRow("landline brackets")
        << QStringLiteral("(010)6512-3456") << QStringLiteral("010-65123456");
    QTest::newRow("landline full-width brackets")
        << QStringLiteral("（０１０）６５１２－３４５６") << QStringLiteral("010-65123456");
    QTest::newRow("landline Shenzhen")
        << QStringLiteral("075586001234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline Shenzhen spaced")
        << QStringLiteral("0755 8600 1234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline +86 area")
        << QStringLiteral("+86 755 8600 1234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline +86 (0)")
        << QStringLiteral("+86 (0)755 8600 1234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline 0086")
        << QStringLiteral("0086-10-65123456") << QStringLiteral("010-65123456");
    QTest::newRow("landline em dash")
        << QStringLiteral("0755—86001234") << QStringLiteral("0755-86001234");
    QTest::newRow("extension 转") << QStringLiteral("0755-86001234转801")
                                  << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension 分机")
        << QStringLiteral("0755-86001234 分机 801") << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension ext")
        << QStringLiteral("0755 8600 1234 ext. 801") << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension x") << QStringLiteral("(010)65123456 x23")
                                 << QStringLiteral("010-65123456转23");
    QTest::newRow("extension hyphen")
        << QStringLiteral("0755-86001234-801") << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension hyphen Beijing")
        << QStringLiteral("010-65123456-12") << QStringLiteral("010-65123456转12");
    QTest::newRow("400 hyphens") << QStringLiteral("400-810-8888")
                                 << QStringLiteral("400-810-8888");
    QTest::newRow("400 plain") << QStringLiteral("4006001234") << QStringLiteral("400-600-1234");
    QTest::newRow("800 spaced") << QStringLiteral("800 820 1234") << QStringLiteral("800-820-1234");
    QTest::newRow("Hong Kong") << QStringLiteral("+852 2345 6789")
                               << QStringLiteral("+852 2345 6789");
    QTest::newRow("Excel text formula already read")
        << QStringLiteral(" 075586001234 ") << QStringLiteral("0755-86001234");
    // The acceptance sweep of issue #14: every spelling a Chinese office writes.
    QTest::newRow("mobile 86 without plus") << QStringLiteral("8613800138000") << mobile;
    QTest::newRow("mobile 86 spaced without plus") << QStringLiteral("86 138 0013 8000") << mobile;
    QTest::newRow("mobile (+86)") << QStringLiteral("(+86)138-0013-8000") << mobile;
    QTest::newRow("mobile +86 full-width brackets")
        << QStringLiteral("（＋８６）１３８００１３８０００") << mobile;
    QTest::newRow("mobile 3-4-4 dots") << QStringLiteral("138.0013.8000") << mobile;
    QTest::newRow("mobile full-width hyphens") << QStringLiteral("138－0013－8000") << mobile;
    QTest::newRow("mobile en dashes") << QStringLiteral("138–0013–8000") << mobile;
    QTest::newRow("mobile tab inside") << QStringLiteral("138\t0013 8000") << mobile;
    QTest::newRow("mobile Excel float") << QStringLiteral("13800138000.0") << mobile;
    QTest::newRow("mobile trailing note 微信同号")
        << QStringLiteral("13800138000（微信同号）") << mobile;
    QTest::newRow("landline (0755)")
        << QStringLiteral("(0755)86001234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline （0755） full-width")
        << QStringLiteral("（０７５５）８６００１２３４") << QStringLiteral("0755-86001234");
    QTest::newRow("landline (0755) spaced")
        << QStringLiteral("(0755) 8600 1234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline 86 without plus")
        << QStringLiteral("86 755 8600 1234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline +86 755")
        << QStringLiteral("+86 755 8600 1234") << QStringLiteral("0755-86001234");
    QTest::newRow("landline (0755)…转801")
        << QStringLiteral("(0755)86001234转801") << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension 转 spaced")
        << QStringLiteral("0755-86001234 转 801") << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension 轉 traditional")
        << QStringLiteral("0755-86001234轉801") << QStringLiteral("0755-86001234转801");
    QTest::newRow("extension 分机号")
        << QStringLiteral("010-65123456分机号23") << QStringLiteral("010-65123456转23");
    QTest::newRow("extension EXT upper")
        << QStringLiteral("010-65123456 EXT 23") << QStringLiteral("010-65123456转23");
    QTest::newRow("extension #") << QStringLiteral("010-65123456#23")
                                 << QStringLiteral("010-65123456转23");
    QTest::newRow("400 with 转") << QStringLiteral("400-810-8888转2")
                                 << QStringLiteral("400-810-8888转2");
    QTest::newRow("400 spaced 4-3-3")
        << QStringLiteral("4008 108 888") << QStringLiteral("400-810-8888");
    QTest::newRow("800 hyphens") << QStringLiteral("800-820-1234")
                                 << QStringLiteral("800-820-1234");
    QTest::newRow("95xxx bank service") << QStringLiteral("95588") << QStringLiteral("95588");
    QTest::newRow("95xxx spaced") << QStringLiteral("955 88") << QStringLiteral("95588");
    QTest::newRow("95xxxxxx long service")
        << QStringLiteral("95105105") << QStringLiteral("95105105");
    QTest::newRow("96xxx local service") << QStringLiteral("96110") << QStringLiteral("96110");
    QTest::newRow("Macao") << QStringLiteral("+853 2888 1234") << QStringLiteral("+853 2888 1234");
    QTest::newRow("Taiwan") << QStringLiteral("+886 2 2345 6789")
                            << QStringLiteral("+886 2 2345 6789");
}

void tst_PhoneRule::canonical()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    const PhoneRule::Result r = PhoneRule::parse(typed);
    QVERIFY2(r.valid, qPrintable(r.problem));
    QCOMPARE(r.canonical, canonical);
    QCOMPARE(UnitValidator::normalizedPhone(typed), canonical);
    QVERIFY(UnitValidator::checkPhone(typed).isEmpty());
    // The canonical form is itself a spelling of the same number.
    QCOMPARE(PhoneRule::canonical(canonical), canonical);
}

void tst_PhoneRule::invalid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason"); // a part of the problem text
    QTest::newRow("no area code") << QStringLiteral("87654321")
                                  << QStringLiteral("area code is missing");
    QTest::newRow("mobile 12 digits")
        << QStringLiteral("138001380001") << QStringLiteral("has 11 digits, this one has 12");
    QTest::newRow("mobile 10 digits")
        << QStringLiteral("1380013800") << QStringLiteral("has 11 digits, this one has 10");
    QTest::newRow("mobile starting 12")
        << QStringLiteral("12800138000") << QStringLiteral("no mobile number starts with 128");
    QTest::newRow("letters") << QStringLiteral("无") << QStringLiteral("no digits");
    QTest::newRow("Excel scientific")
        << QStringLiteral("1.38001E+10") << QStringLiteral("digits were lost in Excel");
    QTest::newRow("Excel scientific lower")
        << QStringLiteral("7.55860E+11") << QStringLiteral("digits were lost in Excel");
    QTest::newRow("unknown country code")
        << QStringLiteral("+999 1234 5678") << QStringLiteral("country code");
    QTest::newRow("Excel scientific short")
        << QStringLiteral("1.38E+10") << QStringLiteral("digits were lost in Excel");
    QTest::newRow("Excel scientific decimal comma")
        << QStringLiteral("1,38E+10") << QStringLiteral("digits were lost in Excel");
    QTest::newRow("Excel scientific without plus")
        << QStringLiteral("1.38001E10") << QStringLiteral("digits were lost in Excel");
    QTest::newRow("placeholder 12345")
        << QStringLiteral("12345") << QStringLiteral("too few digits");
    QTest::newRow("operator 10086") << QStringLiteral("10086") << QStringLiteral("too few digits");
    QTest::newRow("letter O for zero") << QStringLiteral("138OO138000") << QStringLiteral("letter");
    QTest::newRow("letter l for one") << QStringLiteral("l3800138000") << QStringLiteral("letter");
    QTest::newRow("vanity letters") << QStringLiteral("400-TEL-8888") << QStringLiteral("letter");
    QTest::newRow("two numbers") << QStringLiteral("13800138000/13900139000")
                                 << QStringLiteral("one number");
    QTest::newRow("two numbers 、")
        << QStringLiteral("13800138000、0755-86001234") << QStringLiteral("one number");
}

void tst_PhoneRule::invalid()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const PhoneRule::Result r = PhoneRule::parse(typed);
    QVERIFY(!r.valid);
    QVERIFY2(r.problem.contains(reason), qPrintable(r.problem));
    QVERIFY(UnitValidator::checkPhone(typed).contains(reason));
    QCOMPARE(PhoneRule::canonical(typed), typed.trimmed());
}

QTEST_GUILESS_MAIN(tst_PhoneRule)
#include "tst_phone_rule.moc"
