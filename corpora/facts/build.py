# ruff: noqa: E501 - one hand-written passage per line reads better than wrapped
"""Build `cases.jsonl`, the constructed fact-check suite, from the hand-written passages below.

Each BASE is one faithful German / Russian / English passage (written for this project,
not taken from anywhere). From it the builder makes:

- controls: the faithful passage as de→ru, ru→en and de→en pairs and as a de→ru→en
  chain, and the same with the listed notation / word-order / approximation variants
  (each variant replaces text in one language and must keep the meaning);
- drift cases: each drift plants one change, either in the Russian (carried into the
  English, so the chain shows it once, on hop [0, 1]) or in the English only (hop [1, 2]
  of the chain, hop [0, 1] of the ru→en and de→en pairs), with its expected flag.

Every replacement must find its text (the build fails otherwise), so a drift is
really planted. Run: python corpora/facts/build.py  (writes cases.jsonl beside it).
"""

from __future__ import annotations

import json
from pathlib import Path

# (type, where, ru replacements, en replacements, note)
# where = "ru": the drift appears in the Russian and is carried into the English;
# where = "en": the drift appears in the English only.
BASES: list[dict] = [
    # ------------------------------------------------------------------ numbers
    {
        "id": "inflation",
        "de": "Die Inflation lag im vergangenen Quartal im Durchschnitt bei 4,5 Prozent.",
        "ru": "Инфляция в прошлом квартале в среднем составляла 4,5 процента.",
        "en": "Inflation averaged 4.5 percent in the last quarter.",
        "controls": [{"en": [("4.5 percent", "4.5%")]}, {"ru": [("4,5 процента", "4,5%")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("4,5 процента", "5,4 процента")],
                [("4.5 percent", "5.4 percent")],
                "decimal digits swapped",
            ),
            ("number", "en", [], [("4.5 percent", "45 percent")], "decimal mark lost"),
        ],
    },
    {
        "id": "employees",
        "de": "Das Unternehmen beschäftigt inzwischen 12.500 Mitarbeiter in ganz Europa.",
        "ru": "Сейчас в компании работают 12 500 сотрудников по всей Европе.",
        "en": "The company now employs 12,500 people across Europe.",
        "controls": [
            {"ru": [("12 500", "12\u00a0500")]},
            {"en": [("12,500", "12\u2009500")]},
            {
                "en": [
                    (
                        "The company now employs 12,500 people across Europe.",
                        "Across Europe, the company now employs 12,500 people.",
                    )
                ]
            },
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("12 500", "2500")],
                [("12,500", "2,500")],
                "thousands group dropped",
            ),
            ("number", "en", [], [("12,500", "12,000")], "rounded away"),
        ],
    },
    {
        "id": "route",
        "de": "Die neue Bahnstrecke ist 1.000,5 Kilometer lang.",
        "ru": "Протяжённость новой железной дороги составляет 1 000,5 километра.",
        "en": "The new railway line is 1,000.5 kilometres long.",
        "controls": [{"ru": [("1 000,5", "1\u202f000,5")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("1 000,5", "1 005")],
                [("1,000.5", "1,005")],
                "decimal read as group",
            ),
            ("number", "en", [], [("1,000.5", "100.5")], "digit lost"),
        ],
    },
    {
        "id": "fortune",
        "de": "Das Vermögen des Clans wird auf 200 Milliarden Dollar geschätzt.",
        "ru": "Состояние клана оценивается в 200 млрд долларов.",
        "en": "The clan's fortune is estimated at $200 billion.",
        "controls": [
            {"de": [("200 Milliarden Dollar", "200 Mrd. Dollar")]},
            {"en": [("$200 billion", "200 billion dollars")]},
            {"ru": [("200 млрд долларов", "200 миллиардов долларов")]},
            {"en": [("$200 billion", "US$200bn")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("200 млрд", "200 млн")],
                [("$200 billion", "$200 million")],
                "scale word changed",
            ),
            ("number", "en", [], [("$200 billion", "$20 billion")], "order of magnitude"),
            ("number", "en", [], [("$200 billion", "€200 billion")], "currency changed"),
        ],
    },
    {
        "id": "debt",
        "de": "Die Staatsschulden erreichten zuletzt 2 Billionen Euro.",
        "ru": "Государственный долг в последнее время достиг 2 трлн евро.",
        "en": "Public debt recently reached 2 trillion euros.",
        "controls": [
            {"de": [("2 Billionen Euro", "zwei Billionen Euro")]},
            {"en": [("2 trillion euros", "€2 trillion")]},
            {"ru": [("2 трлн евро", "два триллиона евро")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("2 трлн", "2 млрд")],
                [("2 trillion", "2 billion")],
                "German Billion read as billion",
            ),
            (
                "number",
                "en",
                [],
                [("2 trillion euros", "2 billion euros")],
                "trillion/billion false friend",
            ),
        ],
    },
    {
        "id": "demonstrators",
        "de": "Rund 5.000 Menschen demonstrierten am Wochenende in der Hauptstadt.",
        "ru": "Около 5 тысяч человек вышли на демонстрацию в столице в выходные.",
        "en": "About 5,000 people demonstrated in the capital at the weekend.",
        "controls": [
            {"en": [("About 5,000", "Some five thousand")]},
            {"ru": [("Около 5 тысяч", "Примерно 5 тыс.")]},
            {"en": [("About 5,000", "5,000")]},
        ],
        "drifts": [
            ("number", "ru", [("5 тысяч", "50 тысяч")], [("5,000", "50,000")], "extra zero"),
            ("number", "en", [], [("About 5,000", "About 500")], "zero lost"),
        ],
    },
    {
        "id": "talks",
        "de": "Die Verhandlungen in Genf dauerten drei Tage.",
        "ru": "Переговоры в Женеве продолжались в течение трёх дней.",
        "en": "The negotiations in Geneva lasted three days.",
        "controls": [{"en": [("three days", "3 days")]}, {"ru": [("трёх дней", "3 дней")]}],
        "drifts": [
            ("number", "ru", [("трёх", "пяти")], [("three", "five")], "inflected number word"),
            ("number", "en", [], [("three days", "two days")], "number word"),
            ("entity", "en", [], [("Geneva", "Vienna")], "city replaced"),
        ],
    },
    {
        "id": "deputies",
        "de": "Mehr als fünfundzwanzig Abgeordnete stimmten gegen den Entwurf.",
        "ru": "Более двадцати пяти депутатов проголосовали против проекта.",
        "en": "More than twenty-five deputies voted against the draft.",
        "controls": [{"en": [("twenty-five", "25")]}, {"de": [("fünfundzwanzig", "25")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("двадцати пяти", "тридцати пяти")],
                [("twenty-five", "thirty-five")],
                "inflected compound number",
            ),
            ("number", "en", [], [("twenty-five", "fifty-two")], "digits swapped in words"),
        ],
    },
    {
        "id": "vote_share",
        "de": "Die Regierungspartei erhielt nach offiziellen Angaben 40 Prozent der Stimmen.",
        "ru": "По официальным данным, правящая партия получила 40 процентов голосов.",
        "en": "According to official figures, the ruling party received 40 percent of the vote.",
        "controls": [
            {"en": [("40 percent", "40%")]},
            {"en": [("40 percent", "40 per cent")]},
            {
                "en": [
                    (
                        "According to official figures, the ruling party received 40 percent of the vote.",
                        "The ruling party received 40 percent of the vote, according to official figures.",
                    )
                ]
            },
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("40 процентов", "14 процентов")],
                [("40 percent", "14 percent")],
                "percentage changed",
            ),
            ("number", "en", [], [("40 percent", "4 percent")], "percentage changed"),
        ],
    },
    {
        "id": "growth_range",
        "de": "Die Wirtschaft soll im Jahr 2021 um 3 bis 5 Prozent wachsen.",
        "ru": "Ожидается, что в 2021 году экономика вырастет на 3-5%.",
        "en": "The economy is expected to grow by 3-5% in 2021.",
        "controls": [
            {"en": [("3-5%", "3 to 5 percent")]},
            {"ru": [("на 3-5%", "на 3–5 процентов")]},
            {
                "en": [
                    (
                        "The economy is expected to grow by 3-5% in 2021.",
                        "In 2021 the economy is expected to grow by 3-5%.",
                    )
                ]
            },
        ],
        "drifts": [
            ("number", "ru", [("3-5%", "3-4%")], [("3-5%", "3-4%")], "range bound changed"),
            ("number", "en", [], [("3-5%", "5%")], "range collapsed"),
            ("date", "en", [], [("in 2021", "in 2012")], "year changed"),
        ],
    },
    {
        "id": "third_term",
        "de": "Er wurde im Herbst zum dritten Mal zum Bürgermeister gewählt.",
        "ru": "Осенью он был избран мэром в третий раз.",
        "en": "In the autumn he was elected mayor for the third time.",
        "controls": [{"en": [("third", "3rd")]}],
        "drifts": [
            ("number", "ru", [("третий", "четвёртый")], [("third", "fourth")], "ordinal changed"),
            ("number", "en", [], [("third", "second")], "ordinal changed"),
        ],
    },
    {
        "id": "project_cost",
        "de": "Das Projekt kostete nach Angaben der Stadt etwa 3,2 Millionen Euro.",
        "ru": "По данным города, проект обошёлся примерно в 3,2 млн евро.",
        "en": "According to the city, the project cost roughly 3.2 million euros.",
        "controls": [
            {"en": [("roughly 3.2 million euros", "about 3 million euros")]},
            {"en": [("roughly 3.2 million euros", "3.2 million euros")]},
            {"de": [("3,2 Millionen Euro", "3,2 Mio. Euro")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("3,2 млн", "2,3 млн")],
                [("3.2 million", "2.3 million")],
                "digits swapped",
            ),
            ("number", "en", [], [("3.2 million", "32 million")], "decimal mark lost"),
        ],
    },
    {
        "id": "pension",
        "de": "Die durchschnittliche Rente beträgt 85.000 Tenge im Monat.",
        "ru": "Средняя пенсия составляет 85 000 тенге в месяц.",
        "en": "The average pension is 85,000 tenge a month.",
        "controls": [{"en": [("85,000 tenge", "85,000 tenge (KZT)")]}],
        "drifts": [
            ("number", "ru", [("85 000", "58 000")], [("85,000", "58,000")], "digits swapped"),
            ("number", "en", [], [("85,000 tenge", "85,000 dollars")], "currency changed"),
        ],
    },
    {
        "id": "petrol",
        "de": "Ein Liter Benzin kostet in der Region inzwischen 45 Rubel.",
        "ru": "Литр бензина в регионе сейчас стоит 45 рублей.",
        "en": "A litre of petrol in the region now costs 45 rubles.",
        "controls": [
            {"ru": [("45 рублей", "45 ₽")]},
            {"en": [("45 rubles", "45 roubles")]},
            {"de": [("45 Rubel", "45 ₽")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("45 рублей", "54 рубля")],
                [("45 rubles", "54 rubles")],
                "digits swapped",
            ),
            ("number", "en", [], [("45 rubles", "45 dollars")], "currency changed"),
        ],
    },
    {
        "id": "accident",
        "de": "Bei dem Unfall wurden 17 Menschen verletzt, zwei davon schwer.",
        "ru": "В результате аварии пострадали 17 человек, двое из них тяжело.",
        "en": "Seventeen people were injured in the accident, two of them seriously.",
        "controls": [{"en": [("Seventeen people", "17 people")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("двое из них", "несколько из них")],
                [("two of them", "several of them")],
                "count dropped",
            ),
            ("number", "en", [], [("two of them", "some of them")], "count dropped"),
            ("number", "en", [], [("Seventeen people", "Seventy people")], "teen/ty"),
        ],
    },
    {
        "id": "arrests",
        "de": "Die Polizei nahm mehrere Demonstranten vor dem Parlament fest.",
        "ru": "Полиция задержала нескольких демонстрантов у здания парламента.",
        "en": "Police detained several protesters outside parliament.",
        "controls": [
            {
                "en": [
                    (
                        "Police detained several protesters outside parliament.",
                        "Several protesters were detained by police outside parliament.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("нескольких демонстрантов", "30 демонстрантов")],
                [("several protesters", "30 protesters")],
                "count added",
            ),
            ("number", "en", [], [("several protesters", "12 protesters")], "count added"),
        ],
    },
    {
        "id": "population",
        "de": "Die Stadt hat heute eine Million Einwohner.",
        "ru": "Сегодня в городе проживает один миллион человек.",
        "en": "Today the city has one million inhabitants.",
        "controls": [
            {"en": [("one million", "1 million")]},
            {"ru": [("один миллион", "1 млн")]},
            {"de": [("eine Million", "1 Mio.")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("один миллион", "два миллиона")],
                [("one million", "two million")],
                "count changed",
            ),
            ("number", "en", [], [("one million", "one billion")], "scale changed"),
        ],
    },
    {
        "id": "unemployment",
        "de": "Die Arbeitslosigkeit sank im März auf 6,8 Prozent.",
        "ru": "В марте безработица снизилась до 6,8%.",
        "en": "Unemployment fell to 6.8 percent in March.",
        "controls": [{"en": [("6.8 percent", "6.8%")]}, {"ru": [("6,8%", "6,8 процента")]}],
        "drifts": [
            ("number", "ru", [("6,8%", "16,8%")], [("6.8 percent", "16.8 percent")], "digit added"),
            ("number", "en", [], [("6.8 percent", "8.6 percent")], "digits swapped"),
            ("date", "en", [], [("in March", "in May")], "month changed"),
        ],
    },
    {
        "id": "evacuated",
        "de": "Mehr als zweihundert Menschen wurden aus dem Dorf evakuiert.",
        "ru": "Более двухсот человек были эвакуированы из деревни.",
        "en": "More than two hundred people were evacuated from the village.",
        "controls": [{"en": [("two hundred", "200")]}, {"ru": [("Более двухсот", "Свыше 200")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("двухсот", "трёхсот")],
                [("two hundred", "three hundred")],
                "inflected hundreds",
            ),
            ("number", "en", [], [("two hundred", "two thousand")], "scale changed"),
        ],
    },
    {
        "id": "loss",
        "de": "Der Konzern machte im ersten Halbjahr 2,4 Mio. Euro Verlust.",
        "ru": "В первом полугодии концерн понёс убытки в размере 2,4 млн евро.",
        "en": "The group made a loss of €2.4 million in the first half.",
        "controls": [
            {"de": [("2,4 Mio. Euro", "2,4 Millionen Euro")]},
            {"en": [("€2.4 million", "2.4 million euros")]},
            {"en": [("€2.4 million", "€2.4m")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("2,4 млн", "2,4 млрд")],
                [("€2.4 million", "€2.4 billion")],
                "scale changed",
            ),
            ("number", "en", [], [("€2.4 million", "€24 million")], "decimal mark lost"),
        ],
    },
    {
        "id": "oil",
        "de": "Die Ölproduktion stieg um 1,5 Prozent auf 90,5 Millionen Tonnen.",
        "ru": "Добыча нефти выросла на 1,5% до 90,5 млн тонн.",
        "en": "Oil output rose 1.5 percent to 90.5 million tonnes.",
        "controls": [
            {"en": [("1.5 percent", "1.5%")]},
            {"ru": [("на 1,5%", "на полтора процента")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("на 1,5%", "на 15%")],
                [("1.5 percent", "15 percent")],
                "decimal lost",
            ),
            ("number", "en", [], [("90.5 million", "95 million")], "amount changed"),
        ],
    },
    {
        "id": "budget_share",
        "de": "Für Bildung sind nur 4 Prozent des Haushalts vorgesehen, für Verteidigung 11 Prozent.",
        "ru": "На образование предусмотрено лишь 4 процента бюджета, на оборону — 11 процентов.",
        "en": "Only 4 percent of the budget goes to education and 11 percent to defence.",
        "controls": [
            {"en": [("4 percent", "four percent")]},
            {"ru": [("4 процента", "четыре процента")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("11 процентов", "17 процентов")],
                [("11 percent", "17 percent")],
                "second number changed",
            ),
            ("number", "en", [], [(" and 11 percent to defence", "")], "second number dropped"),
        ],
    },
    {
        "id": "wage",
        "de": "Der Mindestlohn steigt auf 42.500 Tenge, also um rund 10 Prozent.",
        "ru": "Минимальная зарплата вырастет до 42 500 тенге, то есть примерно на 10 процентов.",
        "en": "The minimum wage will rise to 42,500 tenge, an increase of about 10 percent.",
        "controls": [
            {"en": [("about 10 percent", "roughly 10%")]},
            {"ru": [("примерно на 10 процентов", "на 10 процентов")]},
        ],
        "drifts": [
            ("number", "ru", [("42 500", "45 200")], [("42,500", "45,200")], "digits swapped"),
            (
                "number",
                "en",
                [],
                [("about 10 percent", "about 20 percent")],
                "approximate value changed",
            ),
        ],
    },
    {
        "id": "loans",
        "de": "China hat dem Land Kredite über 15 Milliarden Dollar gewährt.",
        "ru": "Китай предоставил стране кредиты на 15 млрд долларов.",
        "en": "China has granted the country loans worth $15 billion.",
        "controls": [
            {"en": [("$15 billion", "15 billion US dollars")]},
            {"ru": [("15 млрд долларов", "$15 млрд")]},
        ],
        "drifts": [
            ("number", "ru", [("15 млрд", "50 млрд")], [("$15 billion", "$50 billion")], "teen/ty"),
            ("entity", "en", [], [("China has", "Japan has")], "country replaced"),
            ("number", "en", [], [("$15 billion", "$1.5 billion")], "decimal inserted"),
        ],
    },
    {
        "id": "seats",
        "de": "Die Partei gewann 76 von 107 Sitzen im Parlament.",
        "ru": "Партия получила 76 из 107 мест в парламенте.",
        "en": "The party won 76 of the 107 seats in parliament.",
        "controls": [
            {
                "en": [
                    (
                        "The party won 76 of the 107 seats in parliament.",
                        "In parliament, the party won 76 of the 107 seats.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("76 из 107", "67 из 107")],
                [("76 of the 107", "67 of the 107")],
                "digits swapped",
            ),
            ("number", "en", [], [("76 of the 107 seats", "76 seats")], "total dropped"),
        ],
    },
    {
        "id": "grain",
        "de": "Die Ernte brachte knapp 20 Millionen Tonnen Getreide.",
        "ru": "Урожай составил почти 20 миллионов тонн зерна.",
        "en": "The harvest yielded almost 20 million tonnes of grain.",
        "controls": [
            {"en": [("almost 20 million", "nearly 20 million")]},
            {"ru": [("почти 20 миллионов", "около 20 млн")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("20 миллионов", "12 миллионов")],
                [("20 million", "12 million")],
                "amount changed",
            ),
            ("number", "en", [], [("20 million tonnes", "20,000 tonnes")], "scale lost"),
        ],
    },
    # ------------------------------------------------------------------ dates
    {
        "id": "elections_seed",
        "de": "Die für April 2020 angesetzten Wahlen wurden auf den 9. Juni vorgezogen.",
        "ru": "Выборы, назначенные на апрель 2020 года, были перенесены на 9 июня.",
        "en": "The elections scheduled for April 2020 were moved to June 9.",
        "controls": [{"en": [("June 9", "9 June")]}, {"en": [("June 9", "June 9th")]}],
        "drifts": [
            ("date", "ru", [("9 июня", "9 июля")], [("June 9", "July 9")], "month changed"),
            ("date", "en", [], [("June 9", "June 19")], "day changed"),
            (
                "date",
                "ru",
                [("апрель 2020 года", "апрель 2021 года")],
                [("April 2020", "April 2021")],
                "year changed",
            ),
        ],
    },
    {
        "id": "law_in_force",
        "de": "Das Gesetz trat am 1. März 2018 in Kraft.",
        "ru": "Закон вступил в силу 1 марта 2018 года.",
        "en": "The law came into force on March 1, 2018.",
        "controls": [
            {"en": [("March 1, 2018", "1 March 2018")]},
            {"de": [("1. März 2018", "01.03.2018")]},
            {"ru": [("1 марта 2018 года", "01.03.2018")]},
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("1 марта", "1 мая")],
                [("March 1", "May 1")],
                "genitive month changed",
            ),
            ("date", "en", [], [("2018", "2008")], "year changed"),
            ("date", "en", [], [("March 1", "March 11")], "day changed"),
        ],
    },
    {
        "id": "left_office",
        "de": "Im Jahr 2020 verließ er nach langem Streit das Amt.",
        "ru": "В 2020 году после долгого конфликта он покинул пост.",
        "en": "In 2020, after a long dispute, he left office.",
        "controls": [
            {
                "en": [
                    (
                        "In 2020, after a long dispute, he left office.",
                        "He left office in 2020 after a long dispute.",
                    )
                ]
            },
            {"de": [("Im Jahr 2020", "2020")]},
        ],
        "drifts": [
            ("date", "ru", [("2020 году", "2022 году")], [("In 2020", "In 2022")], "year changed"),
            ("date", "en", [], [("In 2020", "In 2002")], "year digits swapped"),
        ],
    },
    {
        "id": "ministers_monday",
        "de": "Am Montag trafen sich die Außenminister in Brüssel.",
        "ru": "В понедельник министры иностранных дел встретились в Брюсселе.",
        "en": "On Monday the foreign ministers met in Brussels.",
        "controls": [
            {
                "en": [
                    (
                        "On Monday the foreign ministers met in Brussels.",
                        "The foreign ministers met in Brussels on Monday.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("В понедельник", "Во вторник")],
                [("On Monday", "On Tuesday")],
                "weekday changed",
            ),
            ("date", "en", [], [("Monday", "Sunday")], "weekday changed"),
            ("entity", "en", [], [("Brussels", "Berlin")], "city replaced"),
        ],
    },
    {
        "id": "new_elections",
        "de": "Im kommenden Jahr sollen in der Republik neue Wahlen stattfinden.",
        "ru": "В следующем году в республике должны пройти новые выборы.",
        "en": "New elections are to be held in the republic next year.",
        "controls": [
            {"en": [("next year", "in the coming year")]},
            {"de": [("Im kommenden Jahr", "Nächstes Jahr")]},
            {"ru": [("В следующем году", "В будущем году")]},
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("В следующем году", "В этом году")],
                [("next year", "this year")],
                "relative year changed",
            ),
            ("date", "en", [], [("next year", "last year")], "relative year reversed"),
        ],
    },
    {
        "id": "resignation",
        "de": "Der Premierminister hat gestern überraschend seinen Rücktritt erklärt.",
        "ru": "Премьер-министр вчера неожиданно объявил о своей отставке.",
        "en": "The prime minister unexpectedly announced his resignation yesterday.",
        "controls": [
            {
                "en": [
                    (
                        "The prime minister unexpectedly announced his resignation yesterday.",
                        "Yesterday the prime minister unexpectedly announced his resignation.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("вчера", "сегодня")],
                [("yesterday", "today")],
                "relative day changed",
            ),
            ("date", "en", [], [(" yesterday", "")], "date dropped"),
        ],
    },
    {
        "id": "capital_renamed",
        "de": "Im März 2019 wurde die Hauptstadt zu Ehren des Präsidenten umbenannt.",
        "ru": "В марте 2019 года столица была переименована в честь президента.",
        "en": "In March 2019 the capital was renamed in honour of the president.",
        "controls": [{"en": [("In March 2019 the capital", "The capital, in March 2019,")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("В марте", "В мае")],
                [("In March", "In May")],
                "prepositional month changed",
            ),
            ("date", "en", [], [("2019", "2018")], "year changed"),
        ],
    },
    {
        "id": "session",
        "de": "Die nächste Sitzung findet am 15.10.2021 statt.",
        "ru": "Следующее заседание состоится 15.10.2021.",
        "en": "The next session will take place on 10/15/2021.",
        "controls": [
            {"en": [("10/15/2021", "October 15, 2021")]},
            {"ru": [("15.10.2021", "15 октября 2021 года")]},
            {"de": [("am 15.10.2021", "am 15. Oktober 2021")]},
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("15.10.2021", "15.11.2021")],
                [("10/15/2021", "11/15/2021")],
                "numeric month changed",
            ),
            ("date", "en", [], [("10/15/2021", "10/16/2021")], "numeric day changed"),
        ],
    },
    {
        "id": "decree",
        "de": "Am 20. Mai unterzeichnete Tokajew das Dekret über die Reform.",
        "ru": "20 мая Токаев подписал указ о реформе.",
        "en": "On May 20 Tokayev signed the decree on the reform.",
        "controls": [{"en": [("On May 20 Tokayev signed", "Tokayev signed on 20 May")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("20 мая Токаев", "Токаев")],
                [("On May 20 Tokayev", "Tokayev")],
                "date dropped",
            ),
            ("entity", "en", [], [("Tokayev", "Nazarbayev")], "person replaced"),
            ("date", "en", [], [("May 20", "May 2")], "day changed"),
        ],
    },
    {
        "id": "vote_sunday",
        "de": "Die Abstimmung ist für Sonntag, den 9. Juni, angesetzt.",
        "ru": "Голосование назначено на воскресенье, 9 июня.",
        "en": "The vote is scheduled for Sunday, June 9.",
        "controls": [{"en": [("Sunday, June 9", "Sunday 9 June")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("воскресенье", "субботу")],
                [("Sunday", "Saturday")],
                "weekday changed",
            ),
            ("date", "en", [], [("June 9", "June 2")], "day changed"),
        ],
    },
    {
        "id": "delegation",
        "de": "Die Delegation reist nächste Woche nach Moskau.",
        "ru": "Делегация отправится в Москву на следующей неделе.",
        "en": "The delegation will travel to Moscow next week.",
        "controls": [
            {
                "en": [
                    (
                        "The delegation will travel to Moscow next week.",
                        "Next week the delegation will travel to Moscow.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("на следующей неделе", "в следующем месяце")],
                [("next week", "next month")],
                "relative unit changed",
            ),
            ("entity", "en", [], [("Moscow", "Minsk")], "city replaced"),
        ],
    },
    {
        "id": "founded",
        "de": "Die Bank wurde am 3. Oktober 1995 in Almaty gegründet.",
        "ru": "Банк был основан 3 октября 1995 года в Алматы.",
        "en": "The bank was founded in Almaty on 3 October 1995.",
        "controls": [{"en": [("3 October 1995", "October 3, 1995")]}],
        "drifts": [
            ("date", "ru", [("1995 года", "1959 года")], [("1995", "1959")], "year digits swapped"),
            ("entity", "en", [], [("Almaty", "Astana")], "city replaced"),
            ("date", "en", [], [("3 October", "3 November")], "month changed"),
        ],
    },
    {
        "id": "summit_friday",
        "de": "Der Gipfel endete am Freitag ohne gemeinsame Erklärung.",
        "ru": "Саммит завершился в пятницу без совместного заявления.",
        "en": "The summit ended on Friday without a joint statement.",
        "controls": [],
        "drifts": [
            (
                "date",
                "ru",
                [("в пятницу", "в четверг")],
                [("on Friday", "on Thursday")],
                "weekday changed",
            ),
            ("date", "en", [], [("on Friday", "on Friday, March 3")], "date added"),
        ],
    },
    {
        "id": "budget_last_year",
        "de": "Im vergangenen Jahr wuchs der Haushalt um 8 Prozent.",
        "ru": "В прошлом году бюджет вырос на 8 процентов.",
        "en": "Last year the budget grew by 8 percent.",
        "controls": [
            {
                "en": [
                    (
                        "Last year the budget grew by 8 percent.",
                        "The budget grew by 8 percent last year.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("В прошлом году", "В этом году")],
                [("Last year", "This year")],
                "relative year changed",
            ),
            ("number", "en", [], [("8 percent", "18 percent")], "percentage changed"),
        ],
    },
    # ------------------------------------------------------------------ names
    {
        "id": "ruled",
        "de": "Nasarbajew hat das Land fast drei Jahrzehnte lang regiert.",
        "ru": "Назарбаев правил страной почти три десятилетия.",
        "en": "Nazarbayev ruled the country for almost three decades.",
        "controls": [{"en": [("Nazarbayev ruled", "Nursultan Nazarbayev ruled")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Назарбаев", "Токаев")],
                [("Nazarbayev", "Tokayev")],
                "person replaced",
            ),
            ("entity", "en", [], [("Nazarbayev", "Nazarov")], "similar surname"),
            (
                "number",
                "en",
                [],
                [("almost three decades", "almost two decades")],
                "number word changed",
            ),
        ],
    },
    {
        "id": "interview",
        "de": "Der Journalist sprach mit Wassiljewa über die Proteste in der Stadt.",
        "ru": "Журналист поговорил с Васильевой о протестах в городе.",
        "en": "The journalist spoke with Vasilyeva about the protests in the city.",
        "controls": [{"en": [("Vasilyeva", "Vasilieva")]}],
        "drifts": [
            ("entity", "en", [], [("Vasilyeva", "Vasilenko")], "similar surname"),
            (
                "entity",
                "ru",
                [("Васильевой", "Петровой")],
                [("Vasilyeva", "Petrova")],
                "inflected surname replaced",
            ),
        ],
    },
    {
        "id": "stable",
        "de": "Laut Petrow ist die Lage in der Region stabil.",
        "ru": "По словам Петрова, ситуация в регионе стабильна.",
        "en": "According to Petrov, the situation in the region is stable.",
        "controls": [
            {
                "en": [
                    (
                        "According to Petrov, the situation in the region is stable.",
                        "The situation in the region is stable, according to Petrov.",
                    )
                ]
            }
        ],
        "drifts": [
            ("entity", "en", [], [("Petrov", "Pavlov")], "surname replaced"),
            (
                "entity",
                "ru",
                [("Петрова", "Павлова")],
                [("Petrov", "Pavlov")],
                "genitive surname replaced",
            ),
        ],
    },
    {
        "id": "tokayev_elected",
        "de": "Kassym-Schomart Tokajew wurde 2019 zum Präsidenten gewählt.",
        "ru": "Касым-Жомарт Токаев был избран президентом в 2019 году.",
        "en": "Kassym-Jomart Tokayev was elected president in 2019.",
        "controls": [
            {"en": [("Kassym-Jomart", "Kassym-Zhomart")]},
            {"de": [("Kassym-Schomart", "Qassym-Schomart")]},
        ],
        "drifts": [
            ("entity", "en", [], [("Kassym-Jomart Tokayev", "Kasym Tokayev")], "partial name"),
            (
                "entity",
                "ru",
                [("Касым-Жомарт Токаев", "Нурсултан Назарбаев")],
                [("Kassym-Jomart Tokayev", "Nursultan Nazarbayev")],
                "person replaced",
            ),
            ("date", "en", [], [("in 2019", "in 2009")], "year changed"),
        ],
    },
    {
        "id": "analyst",
        "de": "Der Politologe Dossym Satpajew hält das Regime für stabil.",
        "ru": "Политолог Досым Сатпаев считает режим стабильным.",
        "en": "Political scientist Dosym Satpayev considers the regime stable.",
        "controls": [{"en": [("Dosym Satpayev", "Dossym Satpayev")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Политолог Досым Сатпаев считает", "Один политолог считает")],
                [
                    (
                        "Political scientist Dosym Satpayev considers",
                        "One political scientist considers",
                    )
                ],
                "name dropped",
            ),
            (
                "entity",
                "en",
                [],
                [
                    (
                        "Political scientist Dosym Satpayev considers",
                        "A political scientist considers",
                    )
                ],
                "name dropped",
            ),
        ],
    },
    {
        "id": "protests_spread",
        "de": "Die Proteste begannen in Almaty und breiteten sich nach Nur-Sultan aus.",
        "ru": "Протесты начались в Алматы и распространились на Нур-Султан.",
        "en": "The protests began in Almaty and spread to Nur-Sultan.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("Almaty", "Astana")], "city replaced"),
            (
                "entity",
                "ru",
                [("Алматы", "Шымкенте")],
                [("Almaty", "Shymkent")],
                "inflected city replaced",
            ),
        ],
    },
    {
        "id": "gas_cut",
        "de": "Gazprom kündigte an, die Lieferungen nach Europa zu kürzen.",
        "ru": "«Газпром» объявил о сокращении поставок в Европу.",
        "en": "Gazprom announced it would cut supplies to Europe.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("Gazprom", "Rosneft")], "company replaced"),
            (
                "entity",
                "ru",
                [("«Газпром»", "«Роснефть»")],
                [("Gazprom", "Rosneft")],
                "company replaced",
            ),
        ],
    },
    {
        "id": "spokesman",
        "de": "Ein Sprecher des Ministeriums bestätigte die Zahlen am Abend.",
        "ru": "Вечером представитель министерства подтвердил эти данные.",
        "en": "A ministry spokesman confirmed the figures in the evening.",
        "controls": [],
        "drifts": [
            (
                "entity",
                "en",
                [],
                [("A ministry spokesman confirmed", "Ministry spokesman Ivan Smirnov confirmed")],
                "name added",
            ),
            (
                "entity",
                "ru",
                [
                    (
                        "представитель министерства подтвердил",
                        "представитель министерства Иван Смирнов подтвердил",
                    )
                ],
                [("A ministry spokesman confirmed", "Ministry spokesman Ivan Smirnov confirmed")],
                "name added",
            ),
        ],
    },
    {
        "id": "concert",
        "de": "Juri Schewtschuk gab in Sankt Petersburg ein Konzert.",
        "ru": "Юрий Шевчук дал концерт в Санкт-Петербурге.",
        "en": "Yuri Shevchuk gave a concert in St. Petersburg.",
        "controls": [{"en": [("St. Petersburg", "Saint Petersburg")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Санкт-Петербурге", "Москве")],
                [("St. Petersburg", "Moscow")],
                "city replaced",
            ),
            ("entity", "en", [], [("Yuri Shevchuk", "Yuri Shatunov")], "surname replaced"),
        ],
    },
    {
        "id": "sochi",
        "de": "Bundeskanzlerin Merkel traf sich mit Putin in Sotschi.",
        "ru": "Канцлер Меркель встретилась с Путиным в Сочи.",
        "en": "Chancellor Merkel met Putin in Sochi.",
        "controls": [
            {
                "en": [
                    (
                        "Chancellor Merkel met Putin in Sochi.",
                        "In Sochi, Chancellor Merkel met Putin.",
                    )
                ]
            }
        ],
        "drifts": [
            ("entity", "en", [], [("met Putin", "met Medvedev")], "person replaced"),
            (
                "entity",
                "ru",
                [("с Путиным", "с Медведевым")],
                [("met Putin", "met Medvedev")],
                "instrumental surname replaced",
            ),
        ],
    },
    {
        "id": "rosneft_board",
        "de": "Schröder ist seit Jahren Aufsichtsratschef bei Rosneft.",
        "ru": "Шрёдер уже много лет возглавляет совет директоров «Роснефти».",
        "en": "For years Schroeder has chaired the board of Rosneft.",
        "controls": [{"en": [("Schroeder", "Schröder")]}],
        "drifts": [
            ("entity", "en", [], [("Schroeder", "Scholz")], "person replaced"),
            ("entity", "ru", [("Шрёдер", "Шольц")], [("Schroeder", "Scholz")], "person replaced"),
        ],
    },
    {
        "id": "exile",
        "de": "Der Oppositionelle Muchtar Abljasow lebt seit Jahren in Frankreich.",
        "ru": "Оппозиционер Мухтар Аблязов уже много лет живёт во Франции.",
        "en": "Opposition figure Mukhtar Ablyazov has lived in France for years.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("in France", "in Britain")], "country replaced"),
            (
                "entity",
                "ru",
                [("Мухтар Аблязов", "Акежан Кажегельдин")],
                [("Mukhtar Ablyazov", "Akezhan Kazhegeldin")],
                "person replaced",
            ),
        ],
    },
    {
        "id": "singer",
        "de": "Die Sängerin Alla Pugatschowa kritisierte den Krieg öffentlich.",
        "ru": "Певица Алла Пугачёва публично раскритиковала войну.",
        "en": "The singer Alla Pugacheva publicly criticised the war.",
        "controls": [{"en": [("Alla Pugacheva", "Alla Pugachova")]}],
        "drifts": [
            ("entity", "en", [], [("Alla Pugacheva", "Alla Borisova")], "surname replaced"),
            (
                "entity",
                "ru",
                [("Певица Алла Пугачёва публично", "Известная певица публично")],
                [("The singer Alla Pugacheva publicly", "A famous singer publicly")],
                "name dropped",
            ),
        ],
    },
    {
        "id": "phone_call",
        "de": "Wolodymyr Selenskyj telefonierte am Dienstag mit Joe Biden.",
        "ru": "Во вторник Владимир Зеленский провёл телефонный разговор с Джо Байденом.",
        "en": "On Tuesday Volodymyr Zelensky had a phone call with Joe Biden.",
        "controls": [{"en": [("Volodymyr Zelensky", "Volodymyr Zelenskyy")]}],
        "drifts": [
            ("entity", "en", [], [("Joe Biden", "Donald Trump")], "person replaced"),
            (
                "entity",
                "ru",
                [("Владимир Зеленский", "Пётр Порошенко")],
                [("Volodymyr Zelensky", "Petro Poroshenko")],
                "person replaced",
            ),
            ("date", "en", [], [("On Tuesday", "On Thursday")], "weekday changed"),
        ],
    },
    {
        "id": "osce",
        "de": "Die OSZE kritisierte den Ablauf der Wahl in Kasachstan.",
        "ru": "ОБСЕ раскритиковала ход выборов в Казахстане.",
        "en": "The OSCE criticised the conduct of the election in Kazakhstan.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("in Kazakhstan", "in Kyrgyzstan")], "country replaced"),
        ],
    },
    {
        "id": "minister_met",
        "de": "Außenminister Lawrow empfing seinen Kollegen aus Deutschland in Moskau.",
        "ru": "Министр иностранных дел Лавров принял в Москве своего коллегу из Германии.",
        "en": "Foreign Minister Lavrov received his counterpart from Germany in Moscow.",
        "controls": [
            {
                "en": [
                    (
                        "Foreign Minister Lavrov received his counterpart from Germany in Moscow.",
                        "In Moscow, Foreign Minister Lavrov received his German counterpart.",
                    )
                ]
            }
        ],
        "drifts": [
            ("entity", "en", [], [("from Germany", "from Austria")], "country replaced"),
            ("entity", "ru", [("Лавров", "Шойгу")], [("Lavrov", "Shoigu")], "person replaced"),
        ],
    },
    {
        "id": "mixed_all",
        "de": "Am 12. Dezember 2019 teilte Tokajew mit, dass 14 Milliarden Tenge bereitgestellt werden.",
        "ru": "12 декабря 2019 года Токаев сообщил, что будет выделено 14 млрд тенге.",
        "en": "On December 12, 2019 Tokayev announced that 14 billion tenge would be allocated.",
        "controls": [
            {
                "en": [
                    (
                        "On December 12, 2019 Tokayev announced",
                        "Tokayev announced on 12 December 2019",
                    )
                ]
            }
        ],
        "drifts": [
            ("number", "ru", [("14 млрд", "40 млрд")], [("14 billion", "40 billion")], "teen/ty"),
            ("date", "en", [], [("December 12", "December 21")], "day swapped"),
            ("entity", "en", [], [("Tokayev announced", "Mamin announced")], "person replaced"),
        ],
    },
    {
        "id": "fr_less_common",
        "de": "Im Jahr 2022 erhielt die Stiftung 250.000 Euro von der Regierung in Wien.",
        "ru": "В 2022 году фонд получил 250 тысяч евро от правительства в Вене.",
        "en": "In 2022 the foundation received 250,000 euros from the government in Vienna.",
        "controls": [
            {"en": [("250,000 euros", "€250,000")]},
            {"ru": [("250 тысяч евро", "250 000 евро")]},
        ],
        "drifts": [
            ("number", "ru", [("250 тысяч", "25 тысяч")], [("250,000", "25,000")], "zero lost"),
            ("entity", "en", [], [("in Vienna", "in Prague")], "city replaced"),
            (
                "date",
                "ru",
                [("В 2022 году", "В 2021 году")],
                [("In 2022", "In 2021")],
                "year changed",
            ),
        ],
    },
]


# Written after the checks were tuned on BASES, and not tuned on: the bench reports
# these separately ("heldout") as the honest estimate for unseen text.
HELDOUT: list[dict] = [
    {
        "id": "h_refugees",
        "de": "Seit Februar sind mehr als 1,2 Millionen Menschen aus der Region geflohen.",
        "ru": "С февраля из региона бежали более 1,2 млн человек.",
        "en": "Since February more than 1.2 million people have fled the region.",
        "controls": [{"en": [("1.2 million", "1,200,000")]}, {"ru": [("1,2 млн", "1,2 миллиона")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("1,2 млн", "2,1 млн")],
                [("1.2 million", "2.1 million")],
                "digits swapped",
            ),
            ("number", "en", [], [("1.2 million", "12 million")], "decimal lost"),
            ("date", "en", [], [("Since February", "Since November")], "month changed"),
        ],
    },
    {
        "id": "h_turnout",
        "de": "Die Wahlbeteiligung lag bei 63,7 Prozent, teilte die Wahlkommission am Sonntag mit.",
        "ru": "Явка составила 63,7 процента, сообщила избирательная комиссия в воскресенье.",
        "en": "Turnout was 63.7 percent, the election commission said on Sunday.",
        "controls": [
            {"en": [("63.7 percent", "63.7%")]},
            {
                "en": [
                    (
                        "Turnout was 63.7 percent, the election commission said on Sunday.",
                        "On Sunday the election commission said turnout was 63.7 percent.",
                    )
                ]
            },
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("63,7 процента", "67,3 процента")],
                [("63.7 percent", "67.3 percent")],
                "digits swapped",
            ),
            ("date", "en", [], [("on Sunday", "on Saturday")], "weekday changed"),
        ],
    },
    {
        "id": "h_tariff",
        "de": "Ab dem 1. Juli steigen die Gaspreise um zwölf Prozent.",
        "ru": "С 1 июля цены на газ вырастут на двенадцать процентов.",
        "en": "From July 1, gas prices will rise by twelve percent.",
        "controls": [
            {"en": [("twelve percent", "12%")]},
            {"ru": [("двенадцать процентов", "12%")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("двенадцать", "двадцать")],
                [("twelve", "twenty")],
                "number word changed",
            ),
            ("date", "en", [], [("July 1", "June 1")], "month changed"),
        ],
    },
    {
        "id": "h_embassy",
        "de": "Botschafter Alexej Borodawkin traf sich mit Vertretern der Regierung in Astana.",
        "ru": "Посол Алексей Бородавкин встретился с представителями правительства в Астане.",
        "en": "Ambassador Alexei Borodavkin met government representatives in Astana.",
        "controls": [{"en": [("Alexei", "Aleksey")]}],
        "drifts": [
            ("entity", "en", [], [("Alexei Borodavkin", "Alexei Borodin")], "surname changed"),
            (
                "entity",
                "ru",
                [("в Астане", "в Бишкеке")],
                [("in Astana", "in Bishkek")],
                "city replaced",
            ),
        ],
    },
    {
        "id": "h_court",
        "de": "Das Gericht verurteilte Maxim Sidorow zu sieben Jahren Haft.",
        "ru": "Суд приговорил Максима Сидорова к семи годам заключения.",
        "en": "The court sentenced Maxim Sidorov to seven years in prison.",
        "controls": [{"en": [("seven years", "7 years")]}, {"ru": [("семи годам", "7 годам")]}],
        "drifts": [
            ("number", "ru", [("семи", "восьми")], [("seven", "eight")], "inflected number word"),
            ("entity", "en", [], [("Maxim Sidorov", "Maxim Sidorenko")], "surname changed"),
            ("number", "en", [], [("seven years", "seventeen years")], "number word changed"),
        ],
    },
    {
        "id": "h_bridge",
        "de": "Die Brücke über den Irtysch soll im nächsten Jahr fertig werden und 48 Milliarden Tenge kosten.",
        "ru": "Мост через Иртыш должны достроить в следующем году, он обойдётся в 48 млрд тенге.",
        "en": "The bridge over the Irtysh is due to be finished next year and will cost 48 billion tenge.",
        "controls": [{"en": [("48 billion tenge", "KZT 48 billion")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("в следующем году", "в этом году")],
                [("next year", "this year")],
                "relative year changed",
            ),
            ("number", "en", [], [("48 billion", "48 million")], "scale changed"),
        ],
    },
    {
        "id": "h_visit",
        "de": "Am Mittwoch, dem 14. September, besuchte Xi Jinping die Hauptstadt Kasachstans.",
        "ru": "В среду, 14 сентября, Си Цзиньпин посетил столицу Казахстана.",
        "en": "On Wednesday, September 14, Xi Jinping visited the capital of Kazakhstan.",
        "controls": [{"en": [("September 14", "14 September")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("14 сентября", "14 октября")],
                [("September 14", "October 14")],
                "month changed",
            ),
            ("date", "en", [], [("On Wednesday", "On Tuesday")], "weekday changed"),
        ],
    },
    {
        "id": "h_mine",
        "de": "In der Mine arbeiten rund 3.400 Bergleute, davon 120 Frauen.",
        "ru": "На шахте работают около 3400 горняков, из них 120 женщин.",
        "en": "Some 3,400 miners work at the mine, 120 of them women.",
        "controls": [
            {"en": [("Some 3,400", "Around 3,400")]},
            {"ru": [("около 3400", "около 3 400")]},
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("120 женщин", "12 женщин")],
                [("120 of them", "12 of them")],
                "zero lost",
            ),
            ("number", "en", [], [(", 120 of them women", "")], "number dropped"),
        ],
    },
    {
        "id": "h_minister_quote",
        "de": "Finanzminister Jerlan Karin erklärte, das Defizit werde 2024 auf 2,8 Prozent sinken.",
        "ru": "Министр финансов Ерлан Карин заявил, что в 2024 году дефицит снизится до 2,8%.",
        "en": "Finance Minister Yerlan Karin said the deficit would fall to 2.8 percent in 2024.",
        "controls": [{"en": [("2.8 percent", "2.8%")]}],
        "drifts": [
            ("entity", "en", [], [("Yerlan Karin", "Yerlan Kudaibergen")], "surname replaced"),
            (
                "date",
                "ru",
                [("в 2024 году", "в 2025 году")],
                [("in 2024", "in 2025")],
                "year changed",
            ),
            ("number", "en", [], [("2.8 percent", "8.2 percent")], "digits swapped"),
        ],
    },
    {
        "id": "h_yesterday_vote",
        "de": "Das Parlament hat gestern mit 61 zu 37 Stimmen für das Gesetz gestimmt.",
        "ru": "Вчера парламент проголосовал за закон 61 голосом против 37.",
        "en": "Yesterday parliament voted 61 to 37 in favour of the law.",
        "controls": [],
        "drifts": [
            (
                "number",
                "ru",
                [("61 голосом против 37", "51 голосом против 37")],
                [("61 to 37", "51 to 37")],
                "vote count changed",
            ),
            (
                "date",
                "en",
                [],
                [("Yesterday parliament", "Today parliament")],
                "relative day changed",
            ),
        ],
    },
    {
        "id": "h_writer",
        "de": "Die Schriftstellerin Ljudmila Ulitzkaja lebt heute in Berlin.",
        "ru": "Писательница Людмила Улицкая сейчас живёт в Берлине.",
        "en": "The writer Lyudmila Ulitskaya now lives in Berlin.",
        "controls": [{"en": [("Lyudmila Ulitskaya", "Ludmila Ulitskaya")]}],
        "drifts": [
            ("entity", "en", [], [("in Berlin", "in Hamburg")], "city replaced"),
            (
                "entity",
                "ru",
                [("Людмила Улицкая", "Татьяна Толстая")],
                [("Lyudmila Ulitskaya", "Tatyana Tolstaya")],
                "person replaced",
            ),
        ],
    },
    {
        "id": "h_flights",
        "de": "Die Fluggesellschaft strich in der vergangenen Woche 140 Flüge nach Moskau.",
        "ru": "На прошлой неделе авиакомпания отменила 140 рейсов в Москву.",
        "en": "Last week the airline cancelled 140 flights to Moscow.",
        "controls": [
            {
                "en": [
                    (
                        "Last week the airline cancelled 140 flights to Moscow.",
                        "The airline cancelled 140 flights to Moscow last week.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "number",
                "ru",
                [("140 рейсов", "40 рейсов")],
                [("140 flights", "40 flights")],
                "digit lost",
            ),
            ("date", "en", [], [("Last week", "Next week")], "relative week reversed"),
            ("entity", "en", [], [("to Moscow", "to Kazan")], "city replaced"),
        ],
    },
]


# A second batch, written after the fixes that the first held-out batch prompted, and
# again not tuned on ("heldout2").
HELDOUT2: list[dict] = [
    {
        "id": "g_harvest",
        "de": "Die Bauern ernteten in diesem Jahr 17,3 Millionen Tonnen Weizen, rund ein Viertel mehr als 2022.",
        "ru": "В этом году фермеры собрали 17,3 млн тонн пшеницы, примерно на четверть больше, чем в 2022 году.",
        "en": "This year farmers harvested 17.3 million tonnes of wheat, about a quarter more than in 2022.",
        "controls": [{"en": [("17.3 million tonnes", "17.3m tonnes")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("17,3 млн", "13,7 млн")],
                [("17.3 million", "13.7 million")],
                "digits swapped",
            ),
            ("date", "en", [], [("than in 2022", "than in 2021")], "year changed"),
        ],
    },
    {
        "id": "g_strike",
        "de": "Rund 800 Arbeiter der Ölfelder in Schangaösen traten am Donnerstag in den Streik.",
        "ru": "В четверг около 800 рабочих нефтяных месторождений в Жанаозене объявили забастовку.",
        "en": "On Thursday around 800 oilfield workers in Zhanaozen went on strike.",
        "controls": [{"en": [("around 800", "some 800")]}],
        "drifts": [
            ("number", "en", [], [("around 800", "around 8,000")], "extra zeros"),
            (
                "entity",
                "ru",
                [("в Жанаозене", "в Актау")],
                [("in Zhanaozen", "in Aktau")],
                "city replaced",
            ),
            (
                "date",
                "ru",
                [("В четверг", "В пятницу")],
                [("On Thursday", "On Friday")],
                "weekday changed",
            ),
        ],
    },
    {
        "id": "g_ceo",
        "de": "Konzernchef Timur Kulibajew kündigte Investitionen von 5 Milliarden Dollar an.",
        "ru": "Глава компании Тимур Кулибаев объявил об инвестициях в размере 5 млрд долларов.",
        "en": "Company head Timur Kulibayev announced investments of $5 billion.",
        "controls": [{"en": [("$5 billion", "5 billion dollars")]}],
        "drifts": [
            ("entity", "en", [], [("Timur Kulibayev", "Timur Kuanyshev")], "surname replaced"),
            (
                "number",
                "ru",
                [("5 млрд", "5 млн")],
                [("$5 billion", "$5 million")],
                "scale changed",
            ),
        ],
    },
    {
        "id": "g_quake",
        "de": "Das Erdbeben der Stärke 5,8 ereignete sich am 22. Januar um Mitternacht.",
        "ru": "Землетрясение магнитудой 5,8 произошло 22 января в полночь.",
        "en": "The magnitude 5.8 earthquake struck at midnight on January 22.",
        "controls": [{"en": [("on January 22", "on 22 January")]}],
        "drifts": [
            ("number", "en", [], [("magnitude 5.8", "magnitude 8.5")], "digits swapped"),
            (
                "date",
                "ru",
                [("22 января", "22 февраля")],
                [("January 22", "February 22")],
                "month changed",
            ),
        ],
    },
    {
        "id": "g_envoy",
        "de": "Die Sondergesandte Natalja Iwanowa reiste nach Taschkent und Bischkek.",
        "ru": "Специальный посланник Наталья Иванова отправилась в Ташкент и Бишкек.",
        "en": "Special envoy Natalya Ivanova travelled to Tashkent and Bishkek.",
        "controls": [{"en": [("Natalya Ivanova", "Natalia Ivanova")]}],
        "drifts": [
            (
                "entity",
                "en",
                [],
                [("Tashkent and Bishkek", "Tashkent and Dushanbe")],
                "city replaced",
            ),
            (
                "entity",
                "ru",
                [("Наталья Иванова", "Наталья Смирнова")],
                [("Natalya Ivanova", "Natalya Smirnova")],
                "surname replaced",
            ),
            ("entity", "en", [], [(" and Bishkek", "")], "city dropped"),
        ],
    },
    {
        "id": "g_rates",
        "de": "Die Nationalbank senkte den Leitzins auf 14,75 Prozent.",
        "ru": "Национальный банк снизил базовую ставку до 14,75%.",
        "en": "The National Bank cut its base rate to 14.75 percent.",
        "controls": [{"en": [("14.75 percent", "14.75%")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("14,75%", "15,75%")],
                [("14.75 percent", "15.75 percent")],
                "value changed",
            ),
            ("number", "en", [], [("14.75 percent", "14.5 percent")], "value changed"),
        ],
    },
    {
        "id": "g_hostages",
        "de": "Vier der elf Geiseln wurden am Abend freigelassen.",
        "ru": "Вечером были освобождены четверо из одиннадцати заложников.",
        "en": "Four of the eleven hostages were released in the evening.",
        "controls": [{"en": [("Four of the eleven", "4 of the 11")]}],
        "drifts": [
            ("number", "ru", [("четверо", "трое")], [("Four", "Three")], "count changed"),
            ("number", "en", [], [("eleven hostages", "twelve hostages")], "total changed"),
        ],
    },
    {
        "id": "g_festival",
        "de": "Das Festival in Almaty findet vom 5. bis 7. August statt.",
        "ru": "Фестиваль в Алматы пройдёт с 5 по 7 августа.",
        "en": "The festival in Almaty runs from August 5 to 7.",
        "controls": [],
        "drifts": [
            ("date", "en", [], [("from August 5 to 7", "from September 5 to 7")], "month changed"),
        ],
    },
    {
        "id": "g_poll",
        "de": "Laut einer Umfrage des Instituts Demoskop vertrauen 38 Prozent der Befragten der Regierung.",
        "ru": "Согласно опросу института «Демоскоп», 38 процентов респондентов доверяют правительству.",
        "en": "According to a Demoscope poll, 38 percent of respondents trust the government.",
        "controls": [{"en": [("38 percent", "38%")]}],
        "drifts": [
            ("number", "en", [], [("38 percent", "83 percent")], "digits swapped"),
            (
                "entity",
                "ru",
                [("«Демоскоп»", "«Левада-центр»")],
                [("a Demoscope poll", "a Levada Center poll")],
                "organisation replaced",
            ),
        ],
    },
    {
        "id": "g_treaty",
        "de": "Der Vertrag wurde am 8. Dezember 1991 in Belowescher Heide unterzeichnet.",
        "ru": "Договор был подписан 8 декабря 1991 года в Беловежской пуще.",
        "en": "The treaty was signed in the Belovezha Forest on December 8, 1991.",
        "controls": [{"en": [("on December 8, 1991", "on 8 December 1991")]}],
        "drifts": [
            ("date", "ru", [("1991 года", "1992 года")], [("1991", "1992")], "year changed"),
            ("date", "en", [], [("December 8", "December 18")], "day changed"),
        ],
    },
]


# A third batch, written after all fixes, never tuned on ("heldout3"): the figure to
# quote for unseen text.
HELDOUT3: list[dict] = [
    {
        "id": "k_nato",
        "de": "Die NATO verlegte im Frühjahr 4.000 zusätzliche Soldaten nach Polen.",
        "ru": "Весной НАТО перебросило в Польшу 4000 дополнительных военнослужащих.",
        "en": "In the spring NATO moved 4,000 additional troops to Poland.",
        "controls": [{"en": [("4,000 additional troops", "four thousand additional troops")]}],
        "drifts": [
            ("number", "ru", [("4000", "40 000")], [("4,000", "40,000")], "extra zero"),
            ("entity", "en", [], [("to Poland", "to Romania")], "country replaced"),
        ],
    },
    {
        "id": "k_steinmeier",
        "de": "Bundespräsident Frank-Walter Steinmeier besuchte am Dienstag Kiew.",
        "ru": "Во вторник федеральный президент Франк-Вальтер Штайнмайер посетил Киев.",
        "en": "On Tuesday Federal President Frank-Walter Steinmeier visited Kyiv.",
        "controls": [{"en": [("visited Kyiv", "visited Kiev")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Штайнмайер", "Шольц")],
                [("Steinmeier", "Scholz")],
                "surname replaced",
            ),
            ("date", "en", [], [("On Tuesday", "On Wednesday")], "weekday changed"),
        ],
    },
    {
        "id": "k_half_million",
        "de": "Die Behörden zählten etwa eine halbe Million Besucher.",
        "ru": "Власти насчитали около полумиллиона посетителей.",
        "en": "The authorities counted about half a million visitors.",
        "controls": [{"en": [("about half a million", "about 500,000")]}],
        "drifts": [
            ("number", "en", [], [("about half a million", "about a million")], "half dropped"),
        ],
    },
    {
        "id": "k_early_march",
        "de": "Anfang März 2023 kündigte die Zentralbank eine Zinserhöhung an.",
        "ru": "В начале марта 2023 года центральный банк объявил о повышении ставки.",
        "en": "In early March 2023 the central bank announced a rate rise.",
        "controls": [],
        "drifts": [
            (
                "date",
                "ru",
                [("марта 2023 года", "мая 2023 года")],
                [("March 2023", "May 2023")],
                "month changed",
            ),
            ("date", "en", [], [("March 2023", "March 2022")], "year changed"),
        ],
    },
    {
        "id": "k_decades",
        "de": "In den 1990er Jahren verließen über zwei Millionen Menschen das Land.",
        "ru": "В 1990-е годы страну покинули более двух миллионов человек.",
        "en": "In the 1990s more than two million people left the country.",
        "controls": [{"en": [("two million", "2 million")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("двух миллионов", "трёх миллионов")],
                [("two million", "three million")],
                "inflected count changed",
            ),
        ],
    },
    {
        "id": "k_hour",
        "de": "Die Pressekonferenz beginnt um 14 Uhr im Außenministerium.",
        "ru": "Пресс-конференция начнётся в 14 часов в МИД.",
        "en": "The press conference starts at 2 p.m. at the foreign ministry.",
        "controls": [],
        "drifts": [
            (
                "number",
                "ru",
                [("в 14 часов", "в 16 часов")],
                [("at 2 p.m.", "at 4 p.m.")],
                "time changed",
            ),
        ],
    },
    {
        "id": "k_deputy_pm",
        "de": "Vizepremier Roman Skljar leitete die Sitzung der Kommission.",
        "ru": "Вице-премьер Роман Скляр провёл заседание комиссии.",
        "en": "Deputy Prime Minister Roman Sklyar chaired the meeting of the commission.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("Roman Sklyar", "Roman Vasilenko")], "surname replaced"),
            (
                "entity",
                "ru",
                [("Вице-премьер Роман Скляр провёл", "Вице-премьер провёл")],
                [
                    (
                        "Deputy Prime Minister Roman Sklyar chaired",
                        "The deputy prime minister chaired",
                    )
                ],
                "name dropped",
            ),
        ],
    },
    {
        "id": "k_exports",
        "de": "Die Exporte nach China stiegen um ein Drittel auf 12,6 Milliarden Dollar.",
        "ru": "Экспорт в Китай вырос на треть, до 12,6 млрд долларов.",
        "en": "Exports to China rose by a third to $12.6 billion.",
        "controls": [{"ru": [("12,6 млрд долларов", "$12,6 млрд")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("12,6 млрд", "16,2 млрд")],
                [("$12.6 billion", "$16.2 billion")],
                "digits swapped",
            ),
            ("entity", "en", [], [("to China", "to India")], "country replaced"),
        ],
    },
    {
        "id": "k_premier_league",
        "de": "Der Verein Kairat Almaty gewann das Spiel gegen Astana mit 3:1.",
        "ru": "Клуб «Кайрат» (Алматы) выиграл матч у «Астаны» со счётом 3:1.",
        "en": "Kairat Almaty won the match against Astana 3-1.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("against Astana", "against Tobol")], "club replaced"),
        ],
    },
    {
        "id": "k_birthday",
        "de": "Nasarbajew feierte am 6. Juli seinen 80. Geburtstag.",
        "ru": "6 июля Назарбаев отметил своё 80-летие.",
        "en": "On July 6 Nazarbayev celebrated his 80th birthday.",
        "controls": [
            {"en": [("On July 6 Nazarbayev celebrated", "Nazarbayev celebrated on 6 July")]}
        ],
        "drifts": [
            ("number", "en", [], [("80th", "70th")], "age changed"),
            ("date", "ru", [("6 июля", "6 июня")], [("July 6", "June 6")], "month changed"),
        ],
    },
]


# A fourth batch, written after every fix above and never tuned on ("heldout4"): the
# figure for unseen text of this kind.
HELDOUT4: list[dict] = [
    {
        "id": "m_flood",
        "de": "Das Hochwasser zwang am Samstag mehr als 9.000 Menschen in der Region Aktöbe, ihre Häuser zu verlassen.",
        "ru": "В субботу паводок вынудил более 9 тысяч жителей Актюбинской области покинуть свои дома.",
        "en": "On Saturday the flood forced more than 9,000 people in the Aktobe region to leave their homes.",
        "controls": [{"en": [("more than 9,000", "over 9,000")]}],
        "drifts": [
            ("number", "ru", [("9 тысяч", "90 тысяч")], [("9,000", "90,000")], "extra zero"),
            ("date", "en", [], [("On Saturday", "On Sunday")], "weekday changed"),
        ],
    },
    {
        "id": "m_budget_bill",
        "de": "Der Senat billigte den Haushalt für 2025 mit Ausgaben von 25,6 Billionen Tenge.",
        "ru": "Сенат одобрил бюджет на 2025 год с расходами в 25,6 трлн тенге.",
        "en": "The Senate approved the 2025 budget with spending of 25.6 trillion tenge.",
        "controls": [{"en": [("25.6 trillion tenge", "KZT 25.6 trillion")]}],
        "drifts": [
            ("number", "en", [], [("25.6 trillion", "25.6 billion")], "German Billion"),
            (
                "date",
                "ru",
                [("на 2025 год", "на 2026 год")],
                [("the 2025 budget", "the 2026 budget")],
                "year changed",
            ),
        ],
    },
    {
        "id": "m_journalist",
        "de": "Die Journalistin Gulnara Baschkenowa wurde am 3. Mai in Almaty festgenommen.",
        "ru": "Журналистка Гульнара Бажкенова была задержана 3 мая в Алматы.",
        "en": "Journalist Gulnara Bazhkenova was detained in Almaty on May 3.",
        "controls": [{"en": [("on May 3", "on 3 May")]}],
        "drifts": [
            ("entity", "en", [], [("Gulnara Bazhkenova", "Gulnara Bekova")], "surname replaced"),
            ("date", "ru", [("3 мая", "13 мая")], [("May 3", "May 13")], "day changed"),
        ],
    },
    {
        "id": "m_gdp",
        "de": "Das Wirtschaftswachstum verlangsamte sich im dritten Quartal auf 4,1 Prozent.",
        "ru": "В третьем квартале экономический рост замедлился до 4,1%.",
        "en": "Economic growth slowed to 4.1 percent in the third quarter.",
        "controls": [{"ru": [("4,1%", "4,1 процента")]}],
        "drifts": [
            ("number", "en", [], [("4.1 percent", "1.4 percent")], "digits swapped"),
            (
                "number",
                "ru",
                [("третьем квартале", "втором квартале")],
                [("third quarter", "second quarter")],
                "ordinal changed",
            ),
        ],
    },
    {
        "id": "m_lukoil",
        "de": "Lukoil verkaufte seine Tankstellen in Bulgarien für rund 600 Millionen Euro.",
        "ru": "«Лукойл» продал свои АЗС в Болгарии примерно за 600 млн евро.",
        "en": "Lukoil sold its filling stations in Bulgaria for around 600 million euros.",
        "controls": [{"en": [("around 600 million euros", "about €600m")]}],
        "drifts": [
            ("entity", "en", [], [("in Bulgaria", "in Romania")], "country replaced"),
            ("number", "ru", [("600 млн", "60 млн")], [("600 million", "60 million")], "zero lost"),
        ],
    },
    {
        "id": "m_sentence",
        "de": "Der frühere Minister wurde zu zwölf Jahren Haft und einer Geldstrafe von 100.000 Euro verurteilt.",
        "ru": "Бывший министр приговорён к двенадцати годам заключения и штрафу в 100 тысяч евро.",
        "en": "The former minister was sentenced to twelve years in prison and a fine of 100,000 euros.",
        "controls": [{"en": [("twelve years", "12 years")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("двенадцати", "двух")],
                [("twelve", "two")],
                "inflected number changed",
            ),
            ("number", "en", [], [(" and a fine of 100,000 euros", "")], "amount dropped"),
        ],
    },
    {
        "id": "m_summit_date",
        "de": "Der nächste Gipfel der Organisation findet im Oktober 2026 in Taschkent statt.",
        "ru": "Следующий саммит организации пройдёт в октябре 2026 года в Ташкенте.",
        "en": "The organisation's next summit will be held in Tashkent in October 2026.",
        "controls": [
            {
                "en": [
                    (
                        "The organisation's next summit will be held in Tashkent in October 2026.",
                        "In October 2026 the organisation's next summit will be held in Tashkent.",
                    )
                ]
            }
        ],
        "drifts": [
            (
                "date",
                "ru",
                [("в октябре", "в ноябре")],
                [("in October", "in November")],
                "month changed",
            ),
            ("entity", "en", [], [("in Tashkent", "in Samarkand")], "city replaced"),
        ],
    },
    {
        "id": "m_quote_source",
        "de": "Wie die Zeitung Kommersant berichtet, sollen 30 Prozent der Anteile verkauft werden.",
        "ru": "Как сообщает газета «Коммерсантъ», планируется продать 30 процентов акций.",
        "en": "According to the newspaper Kommersant, 30 percent of the shares are to be sold.",
        "controls": [{"en": [("30 percent", "30%")]}],
        "drifts": [
            (
                "entity",
                "en",
                [],
                [("the newspaper Kommersant", "the newspaper Vedomosti")],
                "source replaced",
            ),
            (
                "number",
                "ru",
                [("30 процентов", "13 процентов")],
                [("30 percent", "13 percent")],
                "value changed",
            ),
        ],
    },
]


# A fifth batch, written before the adjectival-toponym / demonym / sentence-start fixes
# and scored once before them ("heldout5"): place adjectives ("Карагандинская область",
# "Moskauer Gebiet", "bayerische", "Siberian"), countries and surnames that are common
# words at a sentence start.
HELDOUT5: list[dict] = [
    {
        "id": "h5_karaganda",
        "de": "Im Gebiet Karaganda stieg die Kohleförderung im vergangenen Jahr um 7 Prozent.",
        "ru": "В Карагандинской области добыча угля в прошлом году выросла на 7%.",
        "en": "In the Karaganda region, coal output rose by 7 percent last year.",
        "controls": [{"en": [("by 7 percent", "by 7%")]}],
        "drifts": [
            ("number", "ru", [("на 7%", "на 17%")], [("7 percent", "17 percent")], "value changed"),
            (
                "entity",
                "en",
                [],
                [("the Karaganda region", "the Pavlodar region")],
                "region replaced",
            ),
        ],
    },
    {
        "id": "h5_moscow_oblast",
        "de": "Gouverneur Andrej Worobjow kündigte an, im Moskauer Gebiet bis 2027 rund 40 neue Schulen zu bauen.",
        "ru": "Губернатор Андрей Воробьёв объявил, что в Московской области до 2027 года построят около 40 новых школ.",
        "en": "Governor Andrei Vorobyov announced that about 40 new schools will be built in the Moscow region by 2027.",
        "controls": [{"en": [("the Moscow region", "Moscow Oblast")]}],
        "drifts": [
            ("entity", "en", [], [("Andrei Vorobyov", "Andrei Vasilyev")], "surname replaced"),
            (
                "date",
                "ru",
                [("до 2027 года", "до 2029 года")],
                [("by 2027", "by 2029")],
                "year changed",
            ),
        ],
    },
    {
        "id": "h5_fischer",
        "de": "Fischer sagte am Dienstag, die Koalition werde das Gesetz noch vor dem Sommer verabschieden.",
        "ru": "Фишер заявил во вторник, что коалиция примет закон ещё до лета.",
        "en": "Fischer said on Tuesday that the coalition would pass the law before the summer.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("Fischer said", "Weber said")], "surname replaced"),
            (
                "date",
                "ru",
                [("во вторник", "в среду")],
                [("on Tuesday", "on Wednesday")],
                "weekday changed",
            ),
        ],
    },
    {
        "id": "h5_japan_defence",
        "de": "Japan will seine Verteidigungsausgaben bis 2027 auf 2 Prozent des BIP erhöhen.",
        "ru": "Япония намерена к 2027 году увеличить расходы на оборону до 2% ВВП.",
        "en": "Japan intends to raise its defence spending to 2 percent of GDP by 2027.",
        "controls": [{"en": [("2 percent of GDP", "2% of GDP")]}],
        "drifts": [
            ("entity", "en", [], [("Japan intends", "Taiwan intends")], "country replaced"),
            (
                "number",
                "ru",
                [("до 2% ВВП", "до 3% ВВП")],
                [("2 percent", "3 percent")],
                "share changed",
            ),
        ],
    },
    {
        "id": "h5_lukashenko",
        "de": "Der belarussische Präsident Alexander Lukaschenko empfing am 12. März den chinesischen Außenminister.",
        "ru": "Белорусский президент Александр Лукашенко 12 марта принял министра иностранных дел Китая.",
        "en": "Belarusian President Alexander Lukashenko received China's foreign minister on March 12.",
        "controls": [{"en": [("on March 12", "on 12 March")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Александр Лукашенко", "Александр Лукьянов")],
                [("Alexander Lukashenko", "Alexander Lukyanov")],
                "surname replaced",
            ),
            ("date", "en", [], [("March 12", "March 21")], "day changed"),
        ],
    },
    {
        "id": "h5_soeder",
        "de": "Der bayerische Ministerpräsident Markus Söder besuchte am Montag Prag.",
        "ru": "Премьер-министр Баварии Маркус Зёдер в понедельник посетил Прагу.",
        "en": "Bavarian Prime Minister Markus Söder visited Prague on Monday.",
        "controls": [{"en": [("Markus Söder", "Markus Soeder")]}],
        "drifts": [
            ("entity", "en", [], [("visited Prague", "visited Vienna")], "city replaced"),
            (
                "date",
                "ru",
                [("в понедельник", "в пятницу")],
                [("on Monday", "on Friday")],
                "weekday changed",
            ),
        ],
    },
    {
        "id": "h5_krasnodar_rain",
        "de": "Im Gebiet Krasnodar fielen am 5. Juli 120 Millimeter Regen.",
        "ru": "В Краснодарском крае 5 июля выпало 120 миллиметров осадков.",
        "en": "On July 5, 120 millimetres of rain fell in the Krasnodar region.",
        "controls": [
            {
                "en": [
                    (
                        "On July 5, 120 millimetres of rain fell in the Krasnodar region.",
                        "In the Krasnodar region, 120 millimetres of rain fell on July 5.",
                    )
                ]
            }
        ],
        "drifts": [
            ("number", "en", [], [("120 millimetres", "12 millimetres")], "zero lost"),
            (
                "entity",
                "ru",
                [("В Краснодарском крае", "В Ставропольском крае")],
                [("the Krasnodar region", "the Stavropol region")],
                "region replaced",
            ),
        ],
    },
    {
        "id": "h5_kazakh_rate",
        "de": "Die kasachische Nationalbank senkte den Leitzins am Freitag auf 14,75 Prozent.",
        "ru": "Национальный банк Казахстана в пятницу снизил базовую ставку до 14,75%.",
        "en": "Kazakhstan's National Bank cut its base rate to 14.75 percent on Friday.",
        "controls": [{"en": [("Kazakhstan's National Bank", "The National Bank of Kazakhstan")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("14,75%", "14,25%")],
                [("14.75 percent", "14.25 percent")],
                "rate changed",
            ),
            ("date", "en", [], [("on Friday", "on Thursday")], "weekday changed"),
        ],
    },
    {
        "id": "h5_klein",
        "de": "Klein leitet das Institut seit 2019 und beschäftigt 35 Mitarbeiter.",
        "ru": "Кляйн руководит институтом с 2019 года, в нём работают 35 сотрудников.",
        "en": "Klein has headed the institute since 2019 and has a staff of 35.",
        "controls": [],
        "drifts": [
            (
                "entity",
                "ru",
                [("Кляйн руководит", "Браун руководит")],
                [("Klein has", "Braun has")],
                "surname replaced",
            ),
            ("number", "en", [], [("a staff of 35", "a staff of 53")], "digits swapped"),
        ],
    },
    {
        "id": "h5_siberia_fires",
        "de": "Die sibirischen Waldbrände haben seit Juni mehr als 1,2 Millionen Hektar zerstört.",
        "ru": "С июня сибирские лесные пожары уничтожили более 1,2 млн гектаров.",
        "en": "Since June, Siberian wildfires have destroyed more than 1.2 million hectares.",
        "controls": [{"ru": [("более 1,2 млн", "свыше 1,2 млн")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("1,2 млн", "2,1 млн")],
                [("1.2 million", "2.1 million")],
                "digits swapped",
            ),
            ("date", "en", [], [("Since June", "Since July")], "month changed"),
        ],
    },
    {
        "id": "h5_ukraine_grain",
        "de": "Die Ukraine exportierte im August 4,3 Millionen Tonnen Getreide über das Schwarze Meer.",
        "ru": "В августе Украина экспортировала 4,3 млн тонн зерна через Чёрное море.",
        "en": "Ukraine exported 4.3 million tonnes of grain across the Black Sea in August.",
        "controls": [{"en": [("4.3 million tonnes", "4.3m tonnes")]}],
        "drifts": [
            ("entity", "en", [], [("Ukraine exported", "Romania exported")], "country replaced"),
            (
                "number",
                "ru",
                [("4,3 млн", "3,4 млн")],
                [("4.3 million", "3.4 million")],
                "digits swapped",
            ),
        ],
    },
    {
        "id": "h5_minsk",
        "de": "Die Minsker Vereinbarungen wurden im Februar 2015 unter Vermittlung Deutschlands und Frankreichs unterzeichnet.",
        "ru": "Минские соглашения были подписаны в феврале 2015 года при посредничестве Германии и Франции.",
        "en": "The Minsk agreements were signed in February 2015 with the mediation of Germany and France.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("Germany and France", "Germany and Italy")], "country replaced"),
            (
                "date",
                "ru",
                [("в феврале 2015 года", "в феврале 2014 года")],
                [("February 2015", "February 2014")],
                "year changed",
            ),
        ],
    },
]

# A sixth batch, written after the fixes heldout5 prompted and scored once before any
# change of its own ("heldout6"): the estimate for unseen text after those fixes.
HELDOUT6: list[dict] = [
    {
        "id": "h6_novosibirsk",
        "de": "Im Gebiet Nowosibirsk wurden im Dezember minus 45 Grad gemessen.",
        "ru": "В декабре в Новосибирской области зафиксировали температуру минус 45 градусов.",
        "en": "Temperatures of minus 45 degrees were recorded in the Novosibirsk region in December.",
        "controls": [{"en": [("the Novosibirsk region", "Novosibirsk Oblast")]}],
        "drifts": [
            ("number", "en", [], [("minus 45 degrees", "minus 35 degrees")], "value changed"),
            (
                "entity",
                "ru",
                [("Новосибирской области", "Омской области")],
                [("the Novosibirsk region", "the Omsk region")],
                "region replaced",
            ),
        ],
    },
    {
        "id": "h6_kyrgyz_loan",
        "de": "Die kirgisische Regierung erhielt von der Weltbank einen Kredit über 50 Millionen Dollar.",
        "ru": "Правительство Киргизии получило от Всемирного банка кредит в 50 млн долларов.",
        "en": "Kyrgyzstan's government received a loan of $50 million from the World Bank.",
        "controls": [{"en": [("$50 million", "50 million dollars")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("50 млн", "15 млн")],
                [("$50 million", "$15 million")],
                "amount changed",
            ),
            (
                "entity",
                "en",
                [],
                [("Kyrgyzstan's government", "Tajikistan's government")],
                "country replaced",
            ),
        ],
    },
    {
        "id": "h6_wagner",
        "de": "Wagner kündigte am Donnerstag seinen Rücktritt an.",
        "ru": "Вагнер в четверг объявил о своей отставке.",
        "en": "Wagner announced his resignation on Thursday.",
        "controls": [],
        "drifts": [
            ("entity", "en", [], [("Wagner announced", "Lehmann announced")], "surname replaced"),
            (
                "date",
                "ru",
                [("в четверг", "во вторник")],
                [("on Thursday", "on Tuesday")],
                "weekday changed",
            ),
        ],
    },
    {
        "id": "h6_italy_migrants",
        "de": "Italien hat im vergangenen Jahr 158.000 Migranten aufgenommen.",
        "ru": "В прошлом году Италия приняла 158 тысяч мигрантов.",
        "en": "Italy took in 158,000 migrants last year.",
        "controls": [{"en": [("158,000", "158 000")]}],
        "drifts": [
            ("entity", "en", [], [("Italy took", "Greece took")], "country replaced"),
            ("number", "ru", [("158 тысяч", "58 тысяч")], [("158,000", "58,000")], "digit lost"),
        ],
    },
    {
        "id": "h6_sverdlovsk",
        "de": "Im Gebiet Swerdlowsk wurden seit Jahresbeginn 320 Unternehmen geschlossen.",
        "ru": "В Свердловской области с начала года закрылись 320 предприятий.",
        "en": "Since the start of the year, 320 businesses have closed in the Sverdlovsk region.",
        "controls": [],
        "drifts": [
            ("number", "en", [], [("320 businesses", "230 businesses")], "digits swapped"),
            (
                "entity",
                "ru",
                [("Свердловской", "Челябинской")],
                [("Sverdlovsk region", "Chelyabinsk region")],
                "region replaced",
            ),
        ],
    },
    {
        "id": "h6_french_pm",
        "de": "Der französische Premierminister reiste am 14. Oktober nach Algier.",
        "ru": "Премьер-министр Франции 14 октября отправился в Алжир.",
        "en": "The French prime minister travelled to Algiers on October 14.",
        "controls": [{"en": [("on October 14", "on 14 October")]}],
        "drifts": [
            ("date", "en", [], [("October 14", "October 4")], "day changed"),
            (
                "entity",
                "ru",
                [("в Алжир", "в Тунис")],
                [("to Algiers", "to Tunis")],
                "city replaced",
            ),
        ],
    },
    {
        "id": "h6_dutch_court",
        "de": "Ein niederländisches Gericht verurteilte den Manager zu drei Jahren Haft.",
        "ru": "Нидерландский суд приговорил менеджера к трём годам заключения.",
        "en": "A Dutch court sentenced the manager to three years in prison.",
        "controls": [{"en": [("A Dutch court", "A court in the Netherlands")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("трём годам", "пяти годам")],
                [("three years", "five years")],
                "term changed",
            ),
        ],
    },
    {
        "id": "h6_gazprom_china",
        "de": "Gazprom lieferte im Januar 2,1 Milliarden Kubikmeter Gas nach China.",
        "ru": "В январе «Газпром» поставил в Китай 2,1 млрд кубометров газа.",
        "en": "Gazprom delivered 2.1 billion cubic metres of gas to China in January.",
        "controls": [{"ru": [("2,1 млрд", "2,1 миллиарда")]}],
        "drifts": [
            ("entity", "en", [], [("to China", "to India")], "country replaced"),
            (
                "number",
                "ru",
                [("2,1 млрд", "1,2 млрд")],
                [("2.1 billion", "1.2 billion")],
                "digits swapped",
            ),
        ],
    },
    {
        "id": "h6_koch",
        "de": "Koch leitet die Delegation, die am 2. Juni in Astana eintrifft.",
        "ru": "Кох возглавляет делегацию, которая прибудет в Астану 2 июня.",
        "en": "Koch heads the delegation, which arrives in Astana on June 2.",
        "controls": [],
        "drifts": [
            (
                "entity",
                "ru",
                [("Кох возглавляет", "Бауэр возглавляет")],
                [("Koch heads", "Bauer heads")],
                "surname replaced",
            ),
            ("date", "en", [], [("June 2", "June 12")], "day changed"),
        ],
    },
    {
        "id": "h6_caspian_seals",
        "de": "Am Kaspischen Meer wurden im Mai rund 2.500 tote Robben gefunden.",
        "ru": "В мае на побережье Каспийского моря нашли около 2500 мёртвых тюленей.",
        "en": "Around 2,500 dead seals were found on the Caspian Sea coast in May.",
        "controls": [{"en": [("Around 2,500", "Some 2,500")]}],
        "drifts": [
            ("number", "en", [], [("2,500 dead", "25,000 dead")], "extra zero"),
            ("date", "ru", [("В мае", "В июне")], [("in May", "in June")], "month changed"),
        ],
    },
    {
        "id": "h6_bundesbank",
        "de": "Die Bundesbank erwartet für 2025 ein Wachstum von 0,4 Prozent.",
        "ru": "Бундесбанк ожидает в 2025 году роста на 0,4%.",
        "en": "The Bundesbank expects growth of 0.4 percent in 2025.",
        "controls": [{"en": [("0.4 percent", "0.4%")]}],
        "drifts": [
            ("number", "ru", [("0,4%", "0,7%")], [("0.4 percent", "0.7 percent")], "value changed"),
            ("date", "en", [], [("in 2025", "in 2026")], "year changed"),
        ],
    },
    {
        "id": "h6_polish_farmers",
        "de": "Polnische Bauern blockierten am Montag sechs Grenzübergänge zur Ukraine.",
        "ru": "Польские фермеры в понедельник заблокировали шесть пунктов пропуска на границе с Украиной.",
        "en": "Polish farmers blocked six border crossings to Ukraine on Monday.",
        "controls": [],
        "drifts": [
            ("number", "en", [], [("six border", "nine border")], "count changed"),
            (
                "entity",
                "ru",
                [("с Украиной", "с Белоруссией")],
                [("to Ukraine", "to Belarus")],
                "country replaced",
            ),
        ],
    },
]

# A seventh batch, written in a later session before any of it was run and scored once
# before any change of its own ("heldout7"): new topics (banks, funds, elections, strikes,
# space, disasters), names with diacritics and long transliterations, a moon that shares a
# stem with an adjective (Europa / Европейского).
HELDOUT7: list[dict] = [
    {
        "id": "h7_ubs",
        "de": "Die UBS hat im dritten Quartal einen Gewinn von 1,4 Milliarden Franken erzielt, teilte die Bank am Dienstag in Zürich mit.",
        "ru": "Во вторник банк UBS сообщил в Цюрихе, что в третьем квартале получил прибыль в размере 1,4 млрд франков.",
        "en": "UBS made a profit of 1.4 billion francs in the third quarter, the bank said in Zurich on Tuesday.",
        "controls": [{"en": [("1.4 billion francs", "CHF 1.4 billion")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("1,4 млрд", "4,1 млрд")],
                [("1.4 billion", "4.1 billion")],
                "profit changed",
            ),
            ("entity", "en", [], [("in Zurich", "in Geneva")], "city replaced"),
        ],
    },
    {
        "id": "h7_norway_fund",
        "de": "Der norwegische Staatsfonds verwaltet inzwischen mehr als 1,6 Billionen Dollar.",
        "ru": "Норвежский суверенный фонд управляет уже более чем 1,6 трлн долларов.",
        "en": "Norway's sovereign wealth fund now manages more than $1.6 trillion.",
        "controls": [{"en": [("$1.6 trillion", "1.6 trillion dollars")]}],
        "drifts": [
            ("number", "en", [], [("$1.6 trillion", "$1.6 billion")], "scale changed"),
            (
                "entity",
                "ru",
                [("Норвежский", "Шведский")],
                [("Norway's", "Sweden's")],
                "country replaced",
            ),
        ],
    },
    {
        "id": "h7_lula",
        "de": "Luiz Inácio Lula da Silva gewann die Stichwahl am 30. Oktober mit 50,9 Prozent der Stimmen.",
        "ru": "Луис Инасиу Лула да Силва победил во втором туре 30 октября, набрав 50,9 процента голосов.",
        "en": "Luiz Inácio Lula da Silva won the runoff on 30 October with 50.9 percent of the vote.",
        "controls": [{"en": [("on 30 October", "on October 30"), ("50.9 percent", "50.9%")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("30 октября", "30 ноября")],
                [("30 October", "30 November")],
                "month changed",
            ),
            ("number", "en", [], [("50.9 percent", "59.0 percent")], "share changed"),
        ],
    },
    {
        "id": "h7_turkish_rates",
        "de": "Die türkische Zentralbank erhöhte den Leitzins auf 35 Prozent, obwohl Präsident Recep Tayyip Erdoğan niedrige Zinsen fordert.",
        "ru": "Центральный банк Турции повысил ключевую ставку до 35 процентов, хотя президент Реджеп Тайип Эрдоган требует низких ставок.",
        "en": "Turkey's central bank raised its key rate to 35 percent, although President Recep Tayyip Erdogan demands low rates.",
        "controls": [{"en": [("Erdogan", "Erdoğan")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("до 35 процентов", "до 25 процентов")],
                [("to 35 percent", "to 25 percent")],
                "rate changed",
            ),
            (
                "entity",
                "en",
                [],
                [("Recep Tayyip Erdogan", "Ekrem Imamoglu")],
                "person replaced",
            ),
        ],
    },
    {
        "id": "h7_lufthansa_strike",
        "de": "Wegen des Streiks des Bodenpersonals strich die Lufthansa am Mittwoch in Frankfurt und München rund 1.000 Flüge.",
        "ru": "Из-за забастовки наземного персонала Lufthansa в среду отменила около 1000 рейсов во Франкфурте и Мюнхене.",
        "en": "Because of a ground staff strike, Lufthansa cancelled around 1,000 flights in Frankfurt and Munich on Wednesday.",
        "controls": [{"en": [("around 1,000", "about 1000")]}],
        "drifts": [
            ("date", "en", [], [("on Wednesday", "on Thursday")], "weekday changed"),
            (
                "entity",
                "ru",
                [("и Мюнхене", "и Гамбурге")],
                [("and Munich", "and Hamburg")],
                "city replaced",
            ),
        ],
    },
    {
        "id": "h7_von_der_leyen",
        "de": "Ursula von der Leyen kündigte in Straßburg ein Hilfspaket von 50 Milliarden Euro für die Ukraine an.",
        "ru": "Урсула фон дер Ляйен объявила в Страсбурге о пакете помощи Украине на 50 млрд евро.",
        "en": "Ursula von der Leyen announced a 50 billion euro aid package for Ukraine in Strasbourg.",
        "controls": [{"en": [("a 50 billion euro", "a €50 billion")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("50 млрд", "5 млрд")],
                [("50 billion", "5 billion")],
                "amount changed",
            ),
            ("entity", "en", [], [("in Strasbourg", "in Brussels")], "city replaced"),
        ],
    },
    {
        "id": "h7_rhodes_fires",
        "de": "Bei den Waldbränden auf der Insel Rhodos mussten im Juli 2023 etwa 19.000 Menschen in Sicherheit gebracht werden.",
        "ru": "Во время лесных пожаров на острове Родос в июле 2023 года пришлось эвакуировать около 19 тысяч человек.",
        "en": "During the forest fires on the island of Rhodes in July 2023, about 19,000 people had to be evacuated.",
        "controls": [{"en": [("about 19,000", "some 19,000")]}],
        "drifts": [
            (
                "date",
                "ru",
                [("в июле 2023", "в июне 2023")],
                [("in July 2023", "in June 2023")],
                "month changed",
            ),
            ("entity", "en", [], [("of Rhodes", "of Crete")], "island replaced"),
        ],
    },
    {
        "id": "h7_esa_ganymede",
        "de": "Die Sonde der Europäischen Weltraumorganisation soll den Jupitermond Ganymed im Jahr 2031 erreichen.",
        "ru": "Зонд Европейского космического агентства должен достичь спутника Юпитера Ганимеда в 2031 году.",
        "en": "The European Space Agency's probe is due to reach Jupiter's moon Ganymede in 2031.",
        "controls": [],
        "drifts": [
            ("date", "en", [], [("in 2031", "in 2013")], "year changed"),
            (
                "entity",
                "ru",
                [("Ганимеда", "Европы")],
                [("Ganymede", "Europa")],
                "moon replaced",
            ),
        ],
    },
    {
        "id": "h7_orban_veto",
        "de": "Viktor Orbán drohte beim Gipfel in Brüssel erneut mit einem Veto gegen den Beitritt Schwedens zur NATO.",
        "ru": "Виктор Орбан на саммите в Брюсселе вновь пригрозил наложить вето на вступление Швеции в НАТО.",
        "en": "Viktor Orbán again threatened at the summit in Brussels to veto Sweden's accession to NATO.",
        "controls": [{"en": [("Viktor Orbán", "Viktor Orban")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Швеции", "Финляндии")],
                [("Sweden's", "Finland's")],
                "country replaced",
            ),
            ("entity", "en", [], [("Viktor Orbán", "Robert Fico")], "person replaced"),
        ],
    },
    {
        "id": "h7_kerala_monsoon",
        "de": "Durch den Monsun kamen im indischen Bundesstaat Kerala seit Anfang August mindestens 73 Menschen ums Leben.",
        "ru": "С начала августа в индийском штате Керала в результате муссонных дождей погибли по меньшей мере 73 человека.",
        "en": "At least 73 people have died in the Indian state of Kerala since the beginning of August due to the monsoon.",
        "controls": [{"en": [("At least 73", "No fewer than 73")]}],
        "drifts": [
            (
                "number",
                "ru",
                [("73 человека", "37 человек")],
                [("At least 73", "At least 37")],
                "death toll changed",
            ),
            ("date", "en", [], [("of August", "of September")], "month changed"),
        ],
    },
    {
        "id": "h7_bayer",
        "de": "Bayer einigte sich mit den Klägern auf einen Vergleich über 10,9 Milliarden Dollar.",
        "ru": "Компания Bayer договорилась с истцами о мировом соглашении на сумму 10,9 млрд долларов.",
        "en": "Bayer agreed a settlement of $10.9 billion with the plaintiffs.",
        "controls": [{"en": [("$10.9 billion", "10.9 billion dollars")]}],
        "drifts": [
            ("number", "en", [], [("$10.9 billion", "$1.09 billion")], "amount changed"),
        ],
    },
    {
        "id": "h7_estonia_defence",
        "de": "Estland will seine Verteidigungsausgaben im kommenden Jahr auf 3,2 Prozent des Bruttoinlandsprodukts anheben, sagte Ministerpräsidentin Kaja Kallas.",
        "ru": "Эстония намерена в следующем году увеличить расходы на оборону до 3,2 процента ВВП, заявила премьер-министр Кая Каллас.",
        "en": "Estonia wants to raise its defence spending to 3.2 percent of gross domestic product next year, Prime Minister Kaja Kallas said.",
        "controls": [{"en": [("3.2 percent of gross domestic product", "3.2% of GDP")]}],
        "drifts": [
            (
                "entity",
                "ru",
                [("Кая Каллас", "Керсти Кальюлайд")],
                [("Kaja Kallas", "Kersti Kaljulaid")],
                "person replaced",
            ),
            ("number", "en", [], [("3.2 percent", "2.3 percent")], "share changed"),
        ],
    },
]

SPLITS = {
    "heldout": HELDOUT,
    "heldout2": HELDOUT2,
    "heldout3": HELDOUT3,
    "heldout4": HELDOUT4,
    "heldout5": HELDOUT5,
    "heldout6": HELDOUT6,
    "heldout7": HELDOUT7,
}


def _apply(text: str, subs: list[tuple[str, str]], where: str) -> str:
    for old, new in subs:
        if old not in text:
            raise SystemExit(f"{where}: {old!r} not in {text!r}")
        text = text.replace(old, new, 1)
    return text


def build() -> list[dict]:
    cases: list[dict] = []

    def add(
        cid: str, kind: str, langs: list[str], docs: list[str], expected: list[dict], note: str
    ) -> None:
        cases.append(
            {
                "id": cid,
                "split": split,
                "kind": kind,
                "langs": langs,
                "docs": docs,
                "expected": expected,
                "note": note,
            }
        )

    split = "tuning"
    for b in BASES + HELDOUT + HELDOUT2 + HELDOUT3 + HELDOUT4 + HELDOUT5 + HELDOUT6 + HELDOUT7:
        split = next((name for name, part in SPLITS.items() if any(b is h for h in part)), "tuning")
        de, ru, en = b["de"], b["ru"], b["en"]
        variants = [({}, "faithful")] + [(v, "variant") for v in b.get("controls", [])]
        for k, (v, note) in enumerate(variants):
            d = _apply(de, v.get("de", []), b["id"])
            r = _apply(ru, v.get("ru", []), b["id"])
            e = _apply(en, v.get("en", []), b["id"])
            touched = set(v) or {"de", "ru", "en"}
            tag = f"{b['id']}/control{k}"
            if touched & {"de", "ru"}:
                add(f"{tag}/de-ru", "control", ["de", "ru"], [d, r], [], note)
            if touched & {"ru", "en"}:
                add(f"{tag}/ru-en", "control", ["ru", "en"], [r, e], [], note)
            if touched & {"de", "en"}:
                add(f"{tag}/de-en", "control", ["de", "en"], [d, e], [], note)
            add(f"{tag}/chain", "control", ["de", "ru", "en"], [d, r, e], [], note)
        for k, (ftype, where, ru_subs, en_subs, note) in enumerate(b.get("drifts", [])):
            tag = f"{b['id']}/drift{k}"
            r = _apply(ru, ru_subs, tag)
            e = _apply(en, en_subs, tag)
            one = [{"type": ftype, "hop": [0, 1]}]
            if where == "ru":
                add(f"{tag}/de-ru", "drift", ["de", "ru"], [de, r], one, note)
                add(f"{tag}/chain", "drift", ["de", "ru", "en"], [de, r, e], one, note)
            else:
                add(f"{tag}/ru-en", "drift", ["ru", "en"], [ru, e], one, note)
                add(f"{tag}/de-en", "drift", ["de", "en"], [de, e], one, note)
                add(
                    f"{tag}/chain",
                    "drift",
                    ["de", "ru", "en"],
                    [de, ru, e],
                    [{"type": ftype, "hop": [1, 2]}],
                    note,
                )
    return cases


if __name__ == "__main__":
    out = Path(__file__).with_name("cases.jsonl")
    cases = build()
    with out.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    kinds = {k: sum(c["kind"] == k for c in cases) for k in ("drift", "control")}
    print(f"wrote {len(cases)} cases to {out} ({kinds})")
