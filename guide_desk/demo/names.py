# SPDX-License-Identifier: Apache-2.0
"""People data for the demo store: Chinese surnames (by frequency), given-name characters, mobile numbers
and WeCom external ids — all drawn from the caller's seeded `random.Random`, never the module globals."""

from __future__ import annotations

import base64
import random

# Surname and weight (roughly per mille of the population), two-character surnames included.
_SURNAMES = (
    "王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴20 周19 徐15 孙15 马14 朱13 胡13 郭11 何11 高10 林10 罗9 郑9 "
    "梁8 谢7 宋7 唐7 许7 韩6 冯6 邓6 曹6 彭5 曾5 肖5 田5 董5 袁4 潘4 于4 蒋4 蔡4 余4 杜4 叶4 程4 苏4 魏3 吕3 "
    "丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范3 金3 石3 廖3 贾2 夏2 韦2 付2 方2 白2 邹2 孟2 熊2 秦2 邱2 "
    "江2 尹2 薛2 段2 雷2 侯2 龙2 史2 陶2 黎2 贺2 顾2 毛2 郝2 龚2 邵2 万2 钱2 严2 武2 戴2 莫2 孔2 汤2 单1 "
    "欧阳2 上官1 司马1 诸葛1 慕容1 东方1 皇甫1 令狐1"
)
_FEMALE_CHARS = (
    "静丽敏婷雪琳芳颖佳欣怡晓雨思梦嘉诗雅欢娜倩璐瑶萱涵妍菲蕾薇莉岚悦彤琪慧娟霞燕玲红艳洁晶露月兰清秀珊凤媛婉"
    "婕蓉若宁珍甜馨瑾楠莹曼茜桐玥可一子沁诺依语乐安心冰青小文春秋芸晨曦素美丹舒琦然希"
)
_MALE_CHARS = "伟强磊军杰涛明浩宇轩博文俊鹏斌超勇辉健峰凯华亮飞振毅鑫帆晨阳昊睿哲航泽"

# Mobile prefixes (China Mobile, Unicom, Telecom) the phonenumbers metadata accepts as mobile.
MOBILE_PREFIXES = tuple(
    str(p) for p in (*range(130, 140), 150, 151, 152, 153, 155, 156, 157, 158, 159, 176, 177, 178,
                     *range(180, 190))
)


def _weighted_table(spec: str) -> tuple[str, ...]:
    """'王71 李70 …' → a lookup table where each surname appears `weight` times (pick = table[i])."""
    table: list[str] = []
    for item in spec.split():
        digits = len(item) - len(item.rstrip("0123456789"))
        table.extend([item[:-digits]] * int(item[-digits:]))
    return tuple(table)


SURNAME_TABLE = _weighted_table(_SURNAMES)


class NameMaker:
    """Draws (name, surname, gender) triples; 85% of a fashion brand's customers are women."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def draw(self) -> tuple[str, str, str]:
        rand = self._rng.random
        surname = SURNAME_TABLE[int(rand() * len(SURNAME_TABLE))]
        gender = "F" if rand() < 0.85 else "M"
        chars = _FEMALE_CHARS if gender == "F" else _MALE_CHARS
        given = chars[int(rand() * len(chars))]
        if rand() < 0.7:
            given += chars[int(rand() * len(chars))]
        return surname + given, surname, gender


class PhoneMaker:
    """Unique mainland mobile numbers: (E.164, 11 national digits, those digits reversed)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._seen: set[str] = set()

    def draw(self) -> tuple[str, str, str]:
        rng, seen = self._rng, self._seen
        while True:
            digits = MOBILE_PREFIXES[int(rng.random() * len(MOBILE_PREFIXES))] + f"{rng.randrange(10**8):08d}"
            if digits not in seen:
                seen.add(digits)
                return "+86" + digits, digits, digits[::-1]


class WecomIdMaker:
    """Unique WeCom external user ids shaped like the real ones ('wm' + 30 url-safe characters)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._seen: set[str] = set()

    def draw(self) -> str:
        while True:
            value = "wm" + base64.urlsafe_b64encode(self._rng.randbytes(22)).decode()[:30]
            if value not in self._seen:
                self._seen.add(value)
                return value


def honorific(surname: str, gender: str) -> str:
    """How a guide addresses the customer in a message: 王女士 / 欧阳先生."""
    return surname + ("女士" if gender == "F" else "先生")
