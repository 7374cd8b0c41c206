#!/usr/bin/env python3
"""Synthetic Chinese news as JSONL ({"id", "date", "text"} a line), for
benchmarks and tests: varied templates filled from name, body, title, place
and event lists, deterministic for a given seed. Nothing generated is committed.

    python3 Benchmarks/generate_jsonl.py --bytes 1100000000 > /tmp/big.jsonl
    python3 Benchmarks/generate_jsonl.py --count 5000 > /tmp/small.jsonl
"""
import argparse
import json
import random
import sys

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志新春晓东海波宁云峰"
PLACES = ["北京市", "上海市", "天津市", "重庆市", "河北省", "山西省", "浙江省", "江苏省", "广东省", "四川省",
          "湖北省", "湖南省", "福建省", "山东省", "河南省", "安徽省", "江西省", "云南省", "贵州省", "陕西省"]
CITIES = ["杭州市", "南京市", "广州市", "成都市", "武汉市", "长沙市", "福州市", "济南市", "郑州市", "合肥市", "昆明市", "西安市"]
BODIES = ["总工会", "妇联", "团委", "科协", "人民医院", "教育局", "文化和旅游局", "人民检察院", "中级人民法院", "公安局",
          "发展和改革委员会", "生态环境局", "农业农村局", "卫生健康委员会", "应急管理局"]
TITLES = ["党组书记", "主席", "副主席", "局长", "副局长", "院长", "副院长", "检察长", "主任", "副主任"]
EVENTS = ["座谈会", "工作会议", "推进会", "表彰大会", "培训班", "调研活动", "专题研讨会", "现场会", "动员大会"]
TOPICS = ["安全生产", "乡村振兴", "生态保护", "营商环境", "民生保障", "科技创新", "文化建设", "基层治理", "就业服务"]
FILLER = [
    "会议指出，要坚持问题导向，抓好各项任务落实。",
    "与会人员围绕{topic}工作进行了深入交流，提出了意见建议。",
    "会议强调，要进一步提高政治站位，压实工作责任，确保各项措施落地见效。",
    "据介绍，今年以来，全{scope}共开展{topic}检查{n}次，整改问题{m}项。",
    "{place}{body}有关负责人表示，将以此次活动为契机，持续推动{topic}工作高质量发展。",
]
TEMPLATES = [
    "{place}{body}召开{event}\n本报讯（记者 {reporter}）{month}月{day}日上午，{place}{body}{title}{person}主持召开{topic}{event}，研究部署下一阶段重点工作。{place}{body2}{title2}{other}出席会议并讲话。\n{filler}",
    "{person}到{city}调研{topic}工作\n{month}月{day}日，{place}{body}{title}{person}带队到{city}调研{topic}工作。{city}{body2}{title2}{other}陪同调研。\n{filler}\n（通讯员 {reporter}）",
    "{place}举办{topic}{event}\n新华社{city}{month}月{day}日电（记者{reporter}）{place}{body}{month}月{day}日举办{topic}{event}。{title}{person}出席并讲话，{body2}{title2}{other}主持。\n{filler}",
]


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def document(i, rng):
    fill = dict(place=rng.choice(PLACES), city=rng.choice(CITIES), body=rng.choice(BODIES), body2=rng.choice(BODIES),
                title=rng.choice(TITLES), title2=rng.choice(TITLES), event=rng.choice(EVENTS), topic=rng.choice(TOPICS),
                person=name(rng), other=name(rng), reporter=name(rng), month=rng.randint(1, 12), day=rng.randint(1, 28),
                scope=rng.choice(["省", "市", "区", "县"]), n=rng.randint(10, 900), m=rng.randint(1, 90))
    paragraphs = [rng.choice(FILLER).format(**fill) for _ in range(rng.randint(2, 8))]
    fill["filler"] = "\n".join(paragraphs)
    text = rng.choice(TEMPLATES).format(**fill)
    year = 2020 + i % 6
    return json.dumps({"id": f"syn-{i:09d}", "date": f"{year}-{fill['month']:02d}-{fill['day']:02d}", "text": text},
                      ensure_ascii=False) + "\n"


def documents(count=None, max_bytes=None, seed=1):
    rng = random.Random(seed)
    i = 0
    size = 0
    while (count is None or i < count) and (max_bytes is None or size < max_bytes):
        line = document(i, rng)
        size += len(line.encode("utf-8"))
        yield line
        i += 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int)
    p.add_argument("--bytes", type=int)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    if a.count is None and a.bytes is None:
        p.error("give --count or --bytes")
    out = sys.stdout
    for line in documents(a.count, a.bytes, a.seed):
        out.write(line)


if __name__ == "__main__":
    main()
