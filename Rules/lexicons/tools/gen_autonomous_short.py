#!/usr/bin/env python3
"""Derive the short forms of autonomous prefectures, counties and banners from the
generated division lists: news writes 黔东南州 for 黔东南苗族侗族自治州, 长阳县 for
长阳土家族自治县. The short form is the place name before the peoples' names,
plus 州, 县 or 旗.

Usage: python3 Rules/lexicons/tools/gen_autonomous_short.py Rules/lexicons
"""
import os
import re
import sys

# The 55 recognised minority peoples of China (general knowledge), longest first so
# that 柯尔克孜 is stripped whole; a name may be written with or without 族.
PEOPLES = sorted(
    """蒙古 壮 回 藏 维吾尔 苗 彝 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水
    东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克
    俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(),
    key=len, reverse=True)
PEOPLE = "(?:" + "|".join(PEOPLES) + ")族?"
AUTONOMOUS = re.compile("^(.{2,}?)(?:" + PEOPLE + ")+自治(州|县|旗)$")


def short_forms(names):
    out = set()
    for name in names:
        m = AUTONOMOUS.match(name)
        if m:
            out.add(m.group(1) + m.group(2))
    return sorted(out)


def read(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def main(directory):
    names = read(os.path.join(directory, "divisions-city.txt")) + read(os.path.join(directory, "divisions-county.txt"))
    forms = short_forms(names)
    with open(os.path.join(directory, "divisions-autonomous-short.txt"), "w", encoding="utf-8") as f:
        f.write("# Short forms of autonomous prefectures, counties and banners (黔东南州, 长阳县),\n")
        f.write("# derived from divisions-city.txt and divisions-county.txt by tools/gen_autonomous_short.py:\n")
        f.write("# the place name before the peoples' names, plus 州, 县 or 旗. Do not edit by hand.\n")
        for form in forms:
            f.write(form + "\n")
    print(len(forms), "short forms")


if __name__ == "__main__":
    main(sys.argv[1])
