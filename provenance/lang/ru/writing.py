"""Russian abbreviations (сокращения) around which sentences do or do not end."""

from provenance.lang.writing import WritingData, words

DATA = WritingData(
    lang="ru",
    leading=words(
        """
        напр ок см ср ст стр рис табл гл пп им ул просп пер пл кв обл
        г-н г-жа проф акад доц св
        """
    ),
    numbering=words("п д т"),
    closing=words("др пр"),
    # год/годы after a number; currency, scale and count units.
    closing_amount=words("г гг руб коп долл тыс млн млрд трлн шт экз"),
    # WMT21 news, reference A, fitted with the other languages (`WritingData.length_factor`).
    length_factor=1.011,
)
