// SPDX-License-Identifier: MIT
#include "query/filterparser.h"

#include <QTest>

using namespace Chronoscope;

class TestFilterParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void canonicalTextParsesBack();
};

void TestFilterParser::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ast");

    QTest::addRow("payload number") << "data.amount > 400"
                                    << "(> data.amount 400)";
    QTest::addRow("metadata text") << "metadata.tenant == \"eu\""
                                   << "(== metadata.tenant \"eu\")";
    QTest::addRow("array path") << "data.lines[0].sku == 'SKU-1'"
                                << "(== data.lines[0].sku \"SKU-1\")";
    QTest::addRow("quoted key") << "data[\"odd key\"] != 1"
                                << "(!= data[\"odd key\"] 1)";
    QTest::addRow("single =") << "version = 3"
                              << "(== version 3)";
    QTest::addRow("all comparisons") << "position >= 10 and position <= 20 and version < 5 and schemaVersion != 2"
                                     << "(and (>= position 10) (<= position 20) (< version 5) (!= schemaVersion 2))";
    QTest::addRow("aliases") << "pos > 1 or id == \"e1\" or aggregate == family or eventType == X"
                             << "(or (> position 1) (== eventId \"e1\") (== aggregateType \"family\") (== type \"X\"))";
    QTest::addRow("user ids") << "user == user-001 || userId == system"
                              << "(or (== user \"user-001\") (== user \"system\"))";
    QTest::addRow("correlation and causation") << "correlation == \"c\" && causation != \"d\""
                                               << "(and (== correlation \"c\") (!= causation \"d\"))";
    QTest::addRow("and binds tighter than or") << "type == A or type == B and data.x > 1"
                                               << "(or (== type \"A\") (and (== type \"B\") (> data.x 1)))";
    QTest::addRow("parentheses") << "(type == A or type == B) and data.x > 1"
                                 << "(and (or (== type \"A\") (== type \"B\")) (> data.x 1))";
    QTest::addRow("not") << "not data.x > 1"
                         << "(not (> data.x 1))";
    QTest::addRow("bang") << "!(stream == s1)"
                          << "(not (== stream \"s1\"))";
    QTest::addRow("double not") << "not not exists data.a"
                                << "(not (not (exists data.a)))";
    QTest::addRow("in list") << "type in [PaymentDue, \"PaymentOverdue\"]"
                             << "(in type [\"PaymentDue\" \"PaymentOverdue\"])";
    QTest::addRow("not in") << "user not in [system]"
                            << "(not (in user [\"system\"]))";
    QTest::addRow("in numbers") << "version in [1, 2,3]"
                                << "(in version [1 2 3])";
    QTest::addRow("glob") << "stream ~ \"family-12*\""
                          << "(glob stream \"family-12*\")";
    QTest::addRow("not glob") << "stream !~ 'cart-*'"
                              << "(not (glob stream \"cart-*\"))";
    QTest::addRow("regex") << "type ~ /^Payment(Due|Overdue)$/"
                           << "(regex type /^Payment(Due|Overdue)$/)";
    QTest::addRow("regex flag") << "data.name matches /smith/i"
                                << "(regex data.name /smith/i)";
    QTest::addRow("regex slash") << "data.path ~ /a\\/b/"
                                 << "(regex data.path /a/b/)";
    QTest::addRow("date") << "time > 2024-10-01"
                          << "(> time 2024-10-01T00:00:00.000000Z)";
    QTest::addRow("date time zone") << "time <= 2024-10-01T12:30:00+02:00"
                                    << "(<= time 2024-10-01T10:30:00.000000Z)";
    QTest::addRow("quoted time") << "time >= \"2024-03-01T08:00Z\""
                                 << "(>= time 2024-03-01T08:00:00.000000Z)";
    QTest::addRow("relative hours") << "time > -2h"
                                    << "(> time now-7200000000us)";
    QTest::addRow("relative days") << "timestamp < -7d"
                                   << "(< time now-604800000000us)";
    QTest::addRow("relative ms") << "time > +500ms"
                                 << "(> time now+500000us)";
    QTest::addRow("exists") << "exists data.currency"
                            << "(exists data.currency)";
    QTest::addRow("booleans and null") << "data.ok == true and data.gone == false or data.x == null"
                                       << "(or (and (== data.ok true) (== data.gone false)) (== data.x null))";
    QTest::addRow("negative number") << "data.balance < -12.5"
                                     << "(< data.balance -12.5)";
    QTest::addRow("exponent") << "data.n >= 1e3"
                              << "(>= data.n 1000)";
    QTest::addRow("payload date as text") << "data.dueDate >= 2024-10-01"
                                          << "(>= data.dueDate \"2024-10-01\")";
    QTest::addRow("escaped quote") << "data.s == \"a\\\"b\""
                                   << "(== data.s \"a\\\"b\")";
    QTest::addRow("keywords any case") << "type == A AND NOT user == system"
                                       << "(and (== type \"A\") (not (== user \"system\")))";
    QTest::addRow("spaces everywhere") << "  ( data.a>1 )  "
                                       << "(> data.a 1)";
    QTest::addRow("acceptance: overdue over 400") << "type == PaymentOverdue and data.amountDue > 400"
                                                  << "(and (== type \"PaymentOverdue\") (> data.amountDue 400))";
}

void TestFilterParser::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, ast);
    const auto parsed = FilterParser::parse(text);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(filterToText(**parsed), ast);
}

void TestFilterParser::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << "" << 1 << "expected a filter, e.g. type == \"PaymentOverdue\" and data.amountDue > 400";
    QTest::addRow("value missing at end") << "data.amount >" << 14 << "expected a value after '>'";
    QTest::addRow("value missing before and") << "version > and type == A" << 11 << "expected a number for version";
    QTest::addRow("value missing before paren") << "(version >)" << 11 << "expected a value after '>'";
    QTest::addRow("unknown field") << "amount > 400" << 1
                                   << "unknown field 'amount' (expected position, eventId, stream, aggregateType, "
                                      "version, type, schemaVersion, time, user, correlation, causation, data.… or "
                                      "metadata.…)";
    QTest::addRow("no operator") << "type PaymentDue" << 6
                                 << "expected an operator after 'type' (==, !=, <, <=, >, >=, in, ~, matches), "
                                    "found 'PaymentDue'";
    QTest::addRow("operator missing at end") << "data.x" << 7
                                             << "expected an operator after 'data.x' (==, !=, <, <=, >, >=, in, ~, "
                                                "matches)";
    QTest::addRow("data without path") << "data > 1" << 5 << "expected '.' and a key after 'data', e.g. data.amount";
    QTest::addRow("dot without key") << "data. > 1" << 6 << "expected a key after '.'";
    QTest::addRow("bad index") << "data.lines[x] == 1" << 12 << "expected an array index or a quoted key after '['";
    QTest::addRow("unclosed index") << "data.lines[0 == 1" << 14 << "expected ']'";
    QTest::addRow("unclosed paren") << "(type == A" << 11
                                    << "expected ')' to close the '(' at column 1, found 'the end'";
    QTest::addRow("stray paren") << "type == A)" << 10 << "unexpected ')' without a matching '('";
    QTest::addRow("dangling and") << "type == A and" << 14 << "expected a condition after 'and'";
    QTest::addRow("dangling or") << "type == A ||" << 13 << "expected a condition after '||'";
    QTest::addRow("dangling not") << "not" << 4 << "expected a condition after 'not'";
    QTest::addRow("two conditions") << "type == A type == B" << 11
                                    << "expected 'and', 'or' or the end of the filter, found 'type'";
    QTest::addRow("text for number") << "version == \"3\"" << 12 << "expected a number for version";
    QTest::addRow("number for text") << "user == 5" << 9 << "expected a text value for user (in quotes, e.g. \"5\")";
    QTest::addRow("bad date") << "time > 2024-13-01" << 8
                              << "'2024-13-01' is not a valid time (use 2024-10-01 or 2024-10-01T14:00:00Z)";
    QTest::addRow("bad quoted time") << "time > \"soon\"" << 8
                                     << "'soon' is not a valid time (use 2024-10-01 or 2024-10-01T14:00:00Z)";
    QTest::addRow("number for time") << "time > 5" << 8
                                     << "expected a time for time (2024-10-01, 2024-10-01T14:00:00Z or -2h)";
    QTest::addRow("unsigned relative") << "time > 2h" << 8
                                       << "a relative time needs a sign: -2h for the past, +2h for the future";
    QTest::addRow("relative beyond ten thousand years")
        << "time > -530000w" << 8 << "relative time '-530000w' is not within ten thousand years";
    QTest::addRow("relative overflowing a 64-bit time") << "time > -22222222222222222222222w" << 8
                                                        << "relative time '-22222222222222222222222w' is not within "
                                                           "ten thousand years";
    QTest::addRow("parentheses nested too deep")
        << QString(QString(300, u'(') + u"type == A" + QString(300, u')')) << 257
        << "the filter nests 'not' and parentheses deeper than 256 levels";
    QTest::addRow("unknown unit") << "time > -2y" << 8
                                  << "unknown time unit 'y' in '-2y' (use us, ms, s, m, h, d or w)";
    QTest::addRow("relative on payload") << "data.at > -2h" << 11
                                         << "a relative time compares only with time, not with data";
    QTest::addRow("unclosed string") << "type == \"Payment" << 9 << "this text has no closing \"";
    QTest::addRow("unclosed regex") << "type ~ /abc" << 8 << "this regular expression has no closing '/'";
    QTest::addRow("bad regex") << "type ~ /a(b/" << 12 << "invalid regular expression: missing closing parenthesis";
    QTest::addRow("bad regex flag") << "type ~ /a/x" << 11 << "unknown regular expression flag 'x' (only i is known)";
    QTest::addRow("glob on number") << "version ~ \"1*\"" << 1 << "'~' matches text, but version is a number";
    QTest::addRow("pattern missing") << "stream ~ family" << 10
                                     << "expected a \"glob*\" in quotes or a /regular expression/ after '~'";
    QTest::addRow("in without list") << "type in A" << 9 << "expected '[' after 'in', e.g. type in [\"A\", \"B\"]";
    QTest::addRow("empty list") << "type in []" << 10 << "expected a value after '['";
    QTest::addRow("list without comma") << "type in [A B]" << 12 << "expected ',' or ']' in the list, found 'B'";
    QTest::addRow("exists on index field")
        << "exists user" << 8 << "'exists' needs a path into data or metadata, e.g. exists data.currency";
    QTest::addRow("ordering a boolean") << "data.ok > true" << 11 << "'>' needs a number or text to compare with";
    QTest::addRow("not without in") << "type not A" << 10 << "expected 'in' after 'not'";
    QTest::addRow("operator as value") << "data.x == == 1" << 11 << "expected a value after '==', found '=='";
}

void TestFilterParser::invalid()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto parsed = FilterParser::parse(text);
    QVERIFY2(!parsed.hasValue(), qPrintable(parsed ? filterToText(**parsed) : QString()));
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(parsed.error().column, column);
    QCOMPARE(parsed.error().toString(), QStringLiteral("column %1: %2").arg(column).arg(message));
}

// What the filter bar shows in its history is the typed text; the AST text is for tests, but
// a filter typed in canonical field names parses to the same tree with any spacing.
void TestFilterParser::canonicalTextParsesBack()
{
    const auto compact = FilterParser::parse(QStringLiteral("(type==A||type==B)&&data.x>=1"));
    const auto spaced = FilterParser::parse(QStringLiteral("( type == A or type == B ) and data.x >= 1"));
    QVERIFY(compact && spaced);
    QCOMPARE(filterToText(**compact), filterToText(**spaced));
}

QTEST_GUILESS_MAIN(TestFilterParser)
#include "tst_filterparser.moc"
