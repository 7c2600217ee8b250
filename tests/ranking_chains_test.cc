#include "ranking_chains.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsextract {
namespace {

using testing::Plain;
using Items = std::vector<std::string>;

struct Want {
  const char* label;
  Items items;
  bool top = true;
  std::optional<int> size = std::nullopt;
  bool tied = false;
};

std::vector<BlockList> Lists(const std::string& text) {
  const CueFinder cues(DefaultRules());
  return ListsInBlock(Plain(text), DefaultRules(), cues, false).lists;
}

std::string Label(const std::string& text, const BlockList& list) {
  return text.substr(list.label_begin, list.label_end - list.label_begin);
}

// One sentence or paragraph per form news uses, from real articles (their
// titles in tests/rankset-real and ../shared/corpus-ranked), each giving
// exactly the lists a reader sees.
TEST(ListsInBlockTest, TheFormsRealNewsUses) {
  struct Case {
    const char* form;
    std::string text;
    std::vector<Want> want;
  };
  const Case cases[] = {
      {"top-N, names after",
       "其中，总资产排名前十的分别是中信证券（8103亿）、华泰证券（5377亿）、国泰君安（5344亿）。",
       {{"总资产排名前十", {"中信证券", "华泰证券", "国泰君安"}, true, 10}}},
      {"names before the cue",
       "知名美股中特斯拉、微软公司、FACEBOOK涨幅居前，收盘分别上涨3.43%、2.24%、2.1%。",
       {{"涨幅居前", {"特斯拉", "微软公司", "FACEBOOK"}}}},
      {"names before 居前, the measure after them no part of the last",
       "截至12月29日，加仓电子、金融；电力设备、食品饮料持仓居前。",
       {{"持仓居前", {"电力设备", "食品饮料"}}}},
      {"names before a superlative, an actor between them and the measure",
       "而轻工制造、农林牧渔和钢铁行业陆股通持股市值环比减少幅度最大，降幅分别为6.5%、6.0%和3.6%。",
       {{"陆股通持股市值环比减少幅度最大", {"轻工制造", "农林牧渔", "钢铁"}}}},
      {"居前的有, 等 dropped",
       "持股市值居前的有海尔生物、传音控股、睿创微纳等，持股市值分别为18.24亿元、12.28亿元、11."
       "88亿元。",
       {{"持股市值居前", {"海尔生物", "传音控股", "睿创微纳"}}}},
      {"superlative head, 其次 chain",
       "营业收入最高的是绿地控股，去年实现营业收入5349.33亿元；其次是招商银行、保利发展。",
       {{"营业收入最高", {"绿地控股", "招商银行", "保利发展"}}}},
      {"head, 紧随其后",
       "华为以1419亿元位居榜首，阿里巴巴、腾讯、吉利、百度紧随其后。",
       {{"位居榜首", {"华为", "阿里巴巴", "腾讯", "吉利", "百度"}}}},
      {"head, continuation group with 还有",
       "环比增幅最大的是容大感光，持股量环比增幅达125.11%"
       "；环比增幅较大的还有鸿达兴业、凯伦股份等股。",
       {{"环比增幅最大", {"容大感光", "鸿达兴业", "凯伦股份"}}}},
      {"head selected, names after it moving alike by falling amounts, of no shared kind",
       "涨幅最高的是富满电子，近3月累计上涨347.43%，明微电子累计上涨306.01%，国科微累计上涨"
       "171.55%。",
       {{"涨幅最高", {"富满电子", "明微电子", "国科微"}}}},
      {"head, names with falling values",
       "其中，立高食品关注度最高，获11次机构买入型评级记录；东方财富、爱美客分别获9次、8次机构买入"
       "型评级记录。",
       {{"关注度最高", {"立高食品", "东方财富", "爱美客"}}}},
      {"head, ordinals after",
       "热景生物预计净利润增幅最高。路德环境、利元亨预计净利润同比增幅中值分别为940.49%、876.09%"
       "，增幅位列第二、第三。",
       {{"预计净利润增幅最高", {"热景生物", "路德环境", "利元亨"}}}},
      {"a head that moves, names moving the same way by falling amounts",
       "其中，欧洲地区投资者信心指数领降27.8点至67.6点，同时，北美地区和亚洲地区也下降了双位数，"
       "北美地区降14.0点至96.4点，亚洲地区降12.4点至95.2点。",
       {{"投资者信心指数领降", {"欧洲地区", "北美地区", "亚洲地区"}}}},
      {"a moving head's amount in the clause after it",
       "欧洲地区投资者信心指数领涨，从去年12月的低点大幅反弹18.2点至85.3，亚洲地区小幅上扬1.7点"
       "至97.1点。不过，北美地区指数在本月出现下跌，降1.4点至93.6点。",
       {{"投资者信心指数领涨", {"欧洲地区", "亚洲地区"}}}},
      {"head, names after it with one value for all (均), 都 inside a name",
       "从城市来看，银川新房销售价格环比涨幅最大，为1.5%，北京和成都两地的环比涨幅也均达到了1%。",
       {{"新房销售价格环比涨幅最大", {"银川", "北京", "成都"}}}},
      {"names counted by their kind before a superlative, with values",
       "从增速看，陕西榆林和内蒙古鄂尔多斯两个地级市增速最高，分别为120.5%和109.0%。",
       {{"两个地级市增速最高", {"陕西榆林", "内蒙古鄂尔多斯"}}}},
      {"a rank verb of holding places (雄霸) ends the names",
       "从前三甲排名看，浙江义乌市和玉环市雄霸前两名。",
       {{"雄霸前两名", {"浙江义乌市", "玉环市"}, true, 2}}},
      {"head, names after it saying their amounts in the head's words",
       "新能源指数造好，特变电工获净流入14.78亿元居首，通威股份获净流入5.31亿元；白酒早盘活跃，"
       "主力净流入舍得酒业8.86亿元，山西汾酒、贵州茅台分别获净流入6.69亿元、3.73亿元。",
       {{"获净流入14.78亿元居首", {"特变电工", "通威股份"}}}},
      {"names leading a move, as names before 居前",
       "1月3日恒生指数高开低走现跌0.26%，中药、新能源汽车、煤炭等板块领涨",
       {{"板块领涨", {"中药", "新能源汽车", "煤炭"}}}},
      {"clauses each naming and moving, after a connective, no head before",
       "其他涨幅较大个股包括：优信二手车涨7.25%，陌陌涨5.61%，哔哩哔哩涨4.83%。",
       {{"其他涨幅较大个股", {"优信二手车", "陌陌", "哔哩哔哩"}}}},
      {"records of several names and approximate amounts",
       "跌幅较大个股包括：联代科技跌近8%，嘉楠科技跌7.64%，怪兽充电、涂鸦智能跌超6%"
       "，知乎、逸仙电商、"
       "趣头条跌超4%。",
       {{"跌幅较大个股",
         {"联代科技", "嘉楠科技", "怪兽充电", "涂鸦智能", "知乎", "逸仙电商", "趣头条"}}}},
      {"names sharing one figure before a superlative: a tie",
       "连续涨停天数看，广宇发展、千味央厨均已连收6个涨停板，连续涨停板数量最多。",
       {{"连续涨停板数量最多", {"广宇发展", "千味央厨"}, true, std::nullopt, true}}},
      {"居前 + noun + 分别有",
       "此外，机构净卖出居前个股分别有浙江鼎力、博腾股份、三七互娱等，机构资金流出净额分别是3."
       "80亿元、"
       "2.34亿元、1.60亿元。",
       {{"机构净卖出居前个股", {"浙江鼎力", "博腾股份", "三七互娱"}}}},
      {"a top N's names in brackets after its noun",
       "但是，对比2022年十大GDP主要城市（上海、北京、深圳、广州、重庆、苏州、成都、杭州、南京和武汉"
       "），"
       "排名变动不小。",
       {{"对比2022年十大GDP主要城市",
         {"上海", "北京", "深圳", "广州", "重庆", "苏州", "成都", "杭州", "南京", "武汉"},
         true,
         10}}},
      {"a connective opens the names' clause before a place range",
       "江苏省有5个县入围，分别是昆山、张家港、江阴、常熟和太仓，排名第三至第七位。",
       {{"排名第三至第七位", {"昆山", "张家港", "江阴", "常熟", "太仓"}, true, 5}}},
      {"拥有 ends the last name before a place",
       "从城市来看，上海、北京、苏州拥有科创板上市公司的数量，在所有城市中排名前三。",
       {{"排名前三", {"上海", "北京", "苏州"}, true, 3}}},
      {"a small count after a superlative is still a top N",
       "最为悲观的三大行业依次是钢铁、煤炭、地产。",
       {{"最为悲观的三大行业", {"钢铁", "煤炭", "地产"}, false, 3}}},
      {"places qualifying as many names after 的",
       "排名第一和第二的贵阳和合肥，GDP增幅分别达到了284%和272%。",
       {{"排名第一和第二", {"贵阳", "合肥"}}}},
      {"head, names after it at one value (也)",
       "从今年1月房价指数环比涨幅数据看，银川涨幅最大，环比涨幅为1.5%；北京、成都的环比涨幅也在1%"
       "。",
       {{"涨幅最大", {"银川", "北京", "成都"}}}},
      {"each place's holder opens a clause before 分别, a year ends a name",
       "保利2021年全年新增土储货值3995亿元，而万科为3940亿元，分别排名行业第二和第三。",
       {{"排名行业第二和第三", {"保利", "万科"}}}},
      {"comparative with falling values",
       "以封单金额计算，三羊马、美锦能源、兆易创新等涨停板封单资金较多，分别有5.52亿元、4."
       "21亿元、3.9亿元。",
       {{"涨停板封单资金较多", {"三羊马", "美锦能源", "兆易创新"}}}},
      {"places shared out without 第 after a head",
       "中信证券位居第一，华泰证券、国泰君安分列二、三位。",
       {{"位居第一", {"中信证券", "华泰证券", "国泰君安"}}}},
      {"a head, then a range of places going on from it",
       "中科曙光以3.2亿元的净买入额位居榜首，浪潮信息、紫光股份、中国长城分别位列第二至第四位。",
       {{"位居榜首", {"中科曙光", "浪潮信息", "紫光股份", "中国长城"}}}},
      {"one name owning a measure after 的, heading a chain",
       "其中，中信证券的融资余额最高，为120亿元，华泰证券、国泰君安紧随其后，分别为98亿元、76亿元"
       "。",
       {{"融资余额最高", {"中信证券", "华泰证券", "国泰君安"}}}},
      {"one name owning a measure of four characters after 的, 次之",
       "北京的人口数量最多，上海次之。",
       {{"人口数量最多", {"北京", "上海"}}}},
      {"a moving head, indexes moving alike by falling amounts (上涨 ends a name)",
       "创业板指涨幅最大，上涨3.2%，深证成指上涨2.1%，上证指数上涨1.2%。",
       {{"涨幅最大", {"创业板指", "深证成指", "上证指数"}}}},
      {"a head, then a 居前 group in the next sentence, the measure said shorter",
       "解禁市值规模最大的是豫园股份，解禁市值达229."
       "08亿元。东方盛虹、立中集团、罗博特科的解禁市值居前。",
       {{"解禁市值规模最大", {"豫园股份", "东方盛虹", "立中集团", "罗博特科"}}}},
      {"names placed after the names a chain cue gives, in a category of four (no size)",
       "全国四大一线城市中，北京、上海的人口吸引力依次排在深圳、广州之后。",
       {{"人口吸引力依次排在深圳、广州之后", {"深圳", "广州", "北京", "上海"}}}},
      {"names between signs that order them, a scope word before the first",
       "行业上的排序是科技制造＞消费＞金融＞周期；风格上小盘成长＞大盘成长＞大盘价值＞小盘价值。",
       {{"行业上的排序", {"科技制造", "消费", "金融", "周期"}},
        {"风格上", {"小盘成长", "大盘成长", "大盘价值", "小盘价值"}}}},
      {"two names ordered after a ranking word and a colon",
       "配置排序：成长＞价值。",
       {{"配置排序", {"成长", "价值"}}}},
      {"explicit ordinals",
       "其中，泰达宏利养老目标2025一年持有和中欧预见养老2025一年持有(FOF)分别以-0.08%、-0.17%"
       "收益率位列同业排名第一、二名。",
       {{"位列同业排名第一、二名",
         {"泰达宏利养老目标2025一年持有", "中欧预见养老2025一年持有(FOF)"}}}},
      {"仅次于: the places above come first",
       "芜湖和马鞍山分别以61.04%和58.12%的人口增长率，仅次于铜陵（81.17%）、深圳（69.53%"
       "）和合肥（64.33%）居于第四和第五位。",
       {{"居于第四和第五位", {"铜陵", "深圳", "合肥", "芜湖", "马鞍山"}}}},
      {"rank range",
       "排在十一到十五名的分别是东方证券（3.9亿）、安信证券（3.8亿）、方正证券（3."
       "2亿）、长江证券（3亿）、华创证券（2.6亿）。",
       {{"排在十一到十五名",
         {"东方证券", "安信证券", "方正证券", "长江证券", "华创证券"},
         true,
         5}}},
      {"bottom list",
       "相比之下，中信证券（第33）、海通证券（第31）和国泰君安（第25）的净利润率排名则相对靠后。",
       {{"净利润率排名则相对靠后", {"中信证券", "海通证券", "国泰君安"}, false}}},
      {"a place count, a plain noun, and titles before the names",
       "上榜的前三位富翁分别是，甲公司首席执行官马斯克（Elon Musk）、乙公司联合创始人之一佩奇和"
       "丙集团总裁阿诺特。",
       {{"上榜的前三位富翁", {"马斯克", "佩奇", "阿诺特"}, true, 3}}},
      {"a recent span opening the head's clause",
       "以增持的股东数量统计，近5日康恩贝有11位重要股东集体出手；其次是同和药业、晨光文具，"
       "分别有2位、2位股东出手增持。",
       {{"其次", {"康恩贝", "同和药业", "晨光文具"}}}},
      {"a market word after the name (三亚新房)",
       "其中，三亚新房环比涨幅最高，环比上涨0.7%；杭州次之，环比上涨0.5%。",
       {{"新房环比涨幅最高", {"三亚", "杭州"}}}},
      {"a clause opener and a describing noun before the second place",
       "当中，富途以15.38亿融资额暂排第一，而香港本地券商耀才证券以7亿港元融资位列第二。",
       {{"以15.38亿融资额暂排第一", {"富途", "耀才证券"}}}},
      {"a describing noun after a count is no appositive",
       "贵州茅台最为瞩目，共计进入10家券商12月金股名单。五粮液获5家券商推荐，位居第二。",
       {{"最为瞩目", {"贵州茅台", "五粮液"}}}},
      {"二者 points back to the names of the clause before",
       "汽车和零配件和工业自动化分别列第14位和19位，而二者的职位发布量分别位于第9位和11位。",
       {{"列第14位和19位", {"汽车和零配件", "工业自动化"}},
        {"而二者的职位发布量分别位于第9位和11位", {"汽车和零配件", "工业自动化"}}}},
      {"names owning a measure, one value for all: a tie",
       "从基准线来看，江西、山西的基准线最高，达到8%。",
       {{"基准线最高", {"江西", "山西"}, true, std::nullopt, true}}},
      {"a bottom-N head completed by the last place",
       "服务业白领拿到年终奖的占比为27.7%，服务业仍排在后两位，排名垫底的是文体教育行业。",
       {{"排在后两位", {"服务业", "文体教育行业"}, false, 2}}},
      {"tied head, copula and count",
       "至此，华夏基金和易方达基金QDII额度都达到了48."
       "5亿美元，成为我国目前累计批准QDII额度最多的两家公司。",
       {{"我国目前累计批准QDII额度最多的两家公司", {"华夏基金", "易方达基金"}, true, 2, true}}},
      {"names before a top N that takes a noun, the noun in the label",
       "上海、北京、三亚、广州、成都位列前五大出行目的地。",
       {{"位列前五大出行目的地", {"上海", "北京", "三亚", "广州", "成都"}, true, 5}}},
      {"names before a top N after a verb that places them, the noun in the label",
       "电子、计算机软件、机械、互联网、建筑分居节后新增职位发布量前五行业。",
       {{"分居节后新增职位发布量前五行业",
         {"电子", "计算机软件", "机械", "互联网", "建筑"},
         true,
         5}}},
      {"top-N after a verb-first clause",
       "值得一提的是，重庆、长沙、郑州三个新一线城市成交量破千，成为法拍热度最大的前三甲。",
       {{"法拍热度最大的前三甲", {"重庆", "长沙", "郑州"}, true, 3}}},
      {"records after 具体情况为",
       "排名前3家企业原煤产量合计为15.8亿吨。具体情况为：国家能源集团41287万吨，同比增长4.6%；"
       "晋能控股集团28037万吨，同比增长10.1%；中煤集团19640万吨，同比增长7.8%。",
       {{"排名前3家企业", {"国家能源集团", "晋能控股集团", "中煤集团"}, true, 3}}},
      {"a bottom superlative turns a top-N",
       "最为悲观的五大行业分别是化工(38.2)、建筑装饰(38.1)、通信(37.9)、钢铁(37.8)、建筑材料(37.5)"
       "。",
       {{"最为悲观的五大行业", {"化工", "建筑装饰", "通信", "钢铁", "建筑材料"}, false, 5}}},
      {"a comparative, its values by name in the next sentence",
       "上述11个城市之中，常住人口增量较多的城市是成都、杭州和青岛。其中，成都增长24.5万人、"
       "杭州增长23.9万人、青岛增长15.1万人。",
       {{"常住人口增量较多的城市", {"成都", "杭州", "青岛"}}}},
      {"a comparative, values by name that rise: no order, no list",
       "常住人口增量较多的城市是成都、杭州和青岛。其中，成都增长14.5万人、杭州增长23.9万人、"
       "青岛增长15.1万人。",
       {}},
      {"names counted as the top N before a superlative",
       "从毕业生投递的简历来看，金融和投资、建筑和工程、软件、快速消费品和半导体五大行业的毕业生"
       "简历数最多。",
       {{"五大行业的毕业生简历数最多",
         {"金融和投资", "建筑和工程", "软件", "快速消费品", "半导体"},
         true,
         5}}},
      {"names above a place after a behind word in the clause before, the holder further back",
       "2021年，衡阳GDP总量居全省第4，但增量仅低于长沙、岳阳，排全省第3。",
       {{"排全省第3", {"长沙", "岳阳", "衡阳"}}}},
      {"the holder right before the behind word, the place in the next clause",
       "衡阳仅次于长沙、岳阳，排名全省第3。",
       {{"排名全省第3", {"长沙", "岳阳", "衡阳"}}}},
      {"the place's clause opening with a behind word, its holder before the figures about it",
       "其中韩国承接订单量138万修正总吨，占比45%，仅次于中国（147万修正总吨，48%）位居第二。",
       {{"位居第二", {"中国", "韩国"}}}},
      {"names before a copula, as many as the noun after the superlative counts",
       "北向资金持仓金额最大的五个行业依次是电力设备、食品饮料、医药生物、电子和银行。"
       "其中，三亚、杭州和北京是新房价格环比上涨最多的3个城市。",
       {{"北向资金持仓金额最大的五个行业",
         {"电力设备", "食品饮料", "医药生物", "电子", "银行"},
         true,
         5},
        {"新房价格环比上涨最多的3个城市", {"三亚", "杭州", "北京"}, true, 3}}},
      {"a bottom head, names after it by rising values",
       "在人口出生率方面，黑龙江最低，吉林、辽宁分别为0.6%和0.64%。",
       {{"最低", {"黑龙江", "吉林", "辽宁"}, false}}},
      {"a head counting a group, the group's names after it",
       "在人口出生率方面，东北三省再次垫底，黑龙江、吉林、辽宁分别为0.5%、0.6%和0.64%"
       "，这为东北蒙上了"
       "一层阴影。",
       {{"三省再次垫底", {"黑龙江", "吉林", "辽宁"}, false}}},
      {"two names after a superlative's connective sharing one figure: a tie",
       "送转比例最高的是透景生命、聚灿光电，均每10股送转8股。",
       {{"送转比例最高", {"透景生命", "聚灿光电"}, true, std::nullopt, true}}},
      {"a top N the clause before names as its scope sizes the chain",
       "秋招2022应届毕业生需求最多的十大城市上，上海排名首位，紧接着是深圳、广州、武汉，北京排名第"
       "五。",
       {{"排名首位", {"上海", "深圳", "广州", "武汉", "北京"}, true, 10}}},
      {"names in turn as many as a top N: the whole of it, not more of a list",
       "上海、北京、深圳依次位列前三。",
       {{"位列前三", {"上海", "北京", "深圳"}, true, 3}}},
      {"ordinals going on from the place before them in one sentence",
       "英科医疗排名第一，蓝帆医疗第二，振德医疗第三。",
       {{"排名第一", {"英科医疗", "蓝帆医疗", "振德医疗"}}}},
      {"an ordinal going on from a head on top and 次之",
       "英科医疗位列榜首，蓝帆医疗次之，振德医疗第三。",
       {{"位列榜首", {"英科医疗", "蓝帆医疗", "振德医疗"}}}},
      {"an ordinal going on from the places a head and 其次 took",
       "涨幅最大的是英科医疗，涨幅为20%；其次为蓝帆医疗，涨幅15%；第三是振德医疗。",
       {{"涨幅最大", {"英科医疗", "蓝帆医疗", "振德医疗"}}}},
      {"a rank verb that the cue completes, and names after the top",
       "英科医疗位居首位；蓝帆医疗位居第二；振德医疗位居第三。中国平安居首位，中国人寿和中国太保位"
       "居其后。",
       {{"位居首位", {"英科医疗", "蓝帆医疗", "振德医疗"}},
        {"居首位", {"中国平安", "中国人寿", "中国太保"}}}},
      {"a bottom head, two names joined by 和 after it with two rising values",
       "其中，沈阳的增速最低，为1.2%，大连和长春分别为1.5%和1.8%。",
       {{"增速最低", {"沈阳", "大连", "长春"}, false}}},
      {"names before 是, the noun after the superlative a counted top N*",
       "数据显示，贵州茅台、宁德时代和招商银行是北向资金持股市值最多的前三只个股。",
       {{"北向资金持股市值最多的前三只个股", {"贵州茅台", "宁德时代", "招商银行"}, true, 3}}},
      {"a bottom head on a valuation measure, rising values after it*",
       "上述个股中，工商银行市盈率最低，仅为4.5倍；农业银行、中国银行市盈率分别为4.8倍、5.1倍。",
       {{"市盈率最低", {"工商银行", "农业银行", "中国银行"}, false}}},
      {"an industry holding the most stocks: 个股 ends its name*",
       "从行业分布看，医药生物行业个股最多，有12只；其次是电子、计算机行业，分别有8只、6只。",
       {{"个股最多", {"医药生物行业", "电子", "计算机"}}}},
      {"one name owning a two-character measure after 的",
       "其中英科医疗的占比最高，达40%，蓝帆医疗和振德医疗的占比分别为30%和20%。",
       {{"占比最高", {"英科医疗", "蓝帆医疗", "振德医疗"}}}},
      {"rank verbs of prizes and of a place below the top",
       "中国平安夺得第一，中国人寿和中国太保分获第二、三名。上海名列第一，北京屈居第二。",
       {{"夺得第一", {"中国平安", "中国人寿", "中国太保"}}, {"名列第一", {"上海", "北京"}}}},
      {"places named together after a head, handed to their names",
       "2020年，上海人均可支配收入为72232.4元，位居全国第一，第二、三名分别为北京和浙江。",
       {{"位居全国第一", {"上海", "北京", "浙江"}}}},
      {"a scope far wider than the names is where they stand, not their size",
       "在全国人口吸引力城市top300中，深圳蝉联榜首，广州位列第二。",
       {{"蝉联榜首", {"深圳", "广州"}}}},
      {"a span of time as the scope sizes nothing",
       "前三季度中，上海排名首位，紧接着是深圳、广州。",
       {{"排名首位", {"上海", "深圳", "广州"}}}},
      {"names sharing a threshold but given places of their own are not tied",
       "杭州和武汉上半年GDP均超过8000亿元，在副省级城市中分列第四和第五位。",
       {{"分列第四和第五位", {"杭州", "武汉"}}}},
      {"the names of a top N right after its noun, a subject word",
       "基金前三大重仓股贵州茅台、五粮液、泸州老窖均有上涨。",
       {{"基金前三大重仓股", {"贵州茅台", "五粮液", "泸州老窖"}, true, 3}}},
      {"a chain cue naming its head before 之后",
       "紧随贵州茅台之后的是五粮液、泸州老窖。",
       {{"紧随贵州茅台之后", {"贵州茅台", "五粮液", "泸州老窖"}}}},
      {"a chain cue naming its head, a noun with Latin letters before the connective",
       "目前，CPI涨幅紧随英国之后的G7经济体为美国(+8.5%)和意大利(+7.9%)。",
       {{"CPI涨幅紧随英国之后的G7经济体", {"英国", "美国", "意大利"}}}},
      {"a head, a place, and two names tied at the next place",
       "贵州茅台最为瞩目，共计进入10家券商12月金股名单。五粮液获5家券商推荐，位居第二；宁波银行和伊"
       "利"
       "股份各获4家券商推荐并列第三。",
       {{"最为瞩目", {"贵州茅台", "五粮液", "宁波银行", "伊利股份"}}}},
      {"two names after a superlative passing a threshold: no tie",
       "出口增速最高的是云南、贵州，均在20%以上。",
       {{"出口增速最高", {"云南", "贵州"}}}},
      {"a head, then one name fewer than the top N they all share: the rest of it",
       "今夏滑雪预订量方面，重庆领跑全国。成都、杭州、长沙均在热门客源地前四。",
       {{"均在热门客源地前四", {"重庆", "成都", "杭州", "长沙"}, true, 4}}},
      {"a comparative whose first name the next sentence puts on top",
       "近五个交易日，营业部净买入较大的个股有天齐锂业、浙江永强、中铁特货。具体来看，天齐锂业是资"
       "金"
       "最青睐个股。",
       {{"营业部净买入较大的个股", {"天齐锂业", "浙江永强", "中铁特货"}}}},
      {"the noun after the last name after a connective is all of theirs",
       "增加金额最多的行业是食品饮料，融资余额增加9."
       "20亿元；其次是煤炭、商贸零售行业，融资余额分别增加"
       "6.01亿元、4.07亿元。",
       {{"增加金额最多的行业", {"食品饮料", "煤炭", "商贸零售"}}}},
      {"a head, then a group ranked by its own measure in its sentence",
       "有色金属行业环比增幅最大，相比上周末增长5.65%；环比增幅居前的有轻工制造、纺织服装等行业。",
       {{"环比增幅最大", {"有色金属行业", "轻工制造", "纺织服装"}}}},
      {"a comparative, examples after 比如 with falling amounts",
       "目前，管理规模较大的基金经理，比如广发的郑澄然421.74亿元、睿远的朱璘369.63亿元、银华的张萍"
       "365.67亿元。",
       {{"管理规模较大的基金经理", {"郑澄然", "朱璘", "张萍"}}}},
      {"a name before a measure and 暂 (for now) heads a chain",
       "大选前的最新民调数据显示，社民党支持率暂居第一，联盟党、绿党等紧随其后。",
       {{"居第一", {"社民党", "联盟党", "绿党"}}}},
      {"two names joined by a conjunction, tied at one place",
       "上海与北京并列第一。",
       {{"并列第一", {"上海", "北京"}, true, std::nullopt, true}}},
      {"a tie: the second name between a conjunction and 并列, a scope after the cue",
       "2021年，工信部评出了25项先进制造业集群，广东入围数量与江苏并列全国第一，且入选的6个集群均在"
       "大湾区。",
       {{"并列全国第一", {"广东", "江苏"}, true, std::nullopt, true}}},
      {"names counted before a superlative, a scope after it",
       "2021年各省份GDP数据已陆续发布，广东、江苏、山东三省份GDP继续领跑全国。",
       {{"三省份GDP继续领跑", {"广东", "江苏", "山东"}, true, 3}}},
      {"several names before a superlative, not counted: a group",
       "电气设备、化工等行业最为集中。",
       {}},
      {"a year opening the head's clause is not part of its name",
       "统计数据显示，2021年浙江省常住人口净增72万人，位居第一，其中杭州贡献显著。广东净增60万人排"
       "在"
       "第二。",
       {{"位居第一", {"浙江省", "广东"}}}},
      {"a name ending in a one-character predicate word inside an enumeration",
       "本月涨幅靠前的佳创视讯、中文在线、恒信东方即是其中典型代表。",
       {{"本月涨幅靠前", {"佳创视讯", "中文在线", "恒信东方"}}}},
      {"places written one by one, names joined by 以及",
       "此外，温州、佛山、金华以及保定作为非集中供地城市入榜，分别位列第4位、第6位、第9位以及第10位"
       "。",
       {{"位列第4位、第6位、第9位以及第10位", {"温州", "佛山", "金华", "保定"}}}},
      {"a place written before its holder goes on from the head",
       "碧桂园以5606亿元销售额稳居榜首，与第二名恒大（4465.6亿元）拉开巨大差距，万科、融创分别以"
       "4439.7亿元和4151亿元位列第三、第四。",
       {{"稳居榜首", {"碧桂园", "恒大", "万科", "融创"}}}},
      {"第二大 before a noun is no place and holder",
       "港股兖州煤业股份加仓幅度最大，较今年一季度持仓提升90.83%，为基金二季度第二大重仓股。",
       {}},
      {"a 其次 naming the list's items again starts a list of its own",
       "遭重要股东减持次数较多的有新元科技、美利云、康华生物等，分别有16次、4次、4次减持记录。"
       "以减持的股东数量统计，"
       "新元科技有16位重要股东集体减持；其次是康华生物、美利云。",
       {{"遭重要股东减持次数较多", {"新元科技", "美利云", "康华生物"}},
        {"其次", {"新元科技", "康华生物", "美利云"}}}},
      {"single places said alike in one sentence rank their names, places skipped",
       "著名吃货大省广东在食品烟酒方面的年人均消费支出为9629元，居全国第二，福建年人均食品烟酒消费"
       "支出8385元，居全国第五，此外重庆和四川均进入了全国前十。",
       {{"居全国第二", {"广东", "福建"}}}},
      {"a bare place opening the next sentence goes on from a single place",
       "杭州GDP继续位居副省级城市第四，总量达到了18109亿元。第五名的武汉与杭州的差距在缩小。",
       {{"位居副省级城市第四", {"杭州", "武汉"}}}},
      {"之后: the names before it hold the place above",
       "深圳之后，广州以28232亿元继续位居第二。",
       {{"位居第二", {"深圳", "广州"}}}},
      {"排在…之前: the names hold the place below; a metric clause takes the subject before it",
       "在15个城市中，宁波GDP名义增速领跑，GDP名次继续位居副省级城市第7，排在青岛之前。",
       {{"位居副省级城市第7", {"宁波", "青岛"}}}},
      {"其他 + a comparative 包括 goes on from a superlative head",
       "其中中环股份（002129.SZ，收盘价：45.05元）涨幅最大，上涨48.68%，其他涨幅较大的个股包括中材"
       "科技（002080.SZ）、同兴达（002845.SZ）、四川双马（000935.SZ）。",
       {{"涨幅最大", {"中环股份", "中材科技", "同兴达", "四川双马"}}}},
      {"a place held by the subject of an earlier clause, the clause before holding a figure",
       "从不同性质企业来看，国企仍然运行稳定，54.9%"
       "的国企白领可以拿到年终奖，在不同性质企业中排名第一"
       "。外商/港澳台独资企业（51%）、政府机关/事业单位（47.9%）、合资企业（46.2%）紧随其后。",
       {{"排名第一", {"国企", "外商/港澳台独资企业", "政府机关/事业单位", "合资企业"}}}},
      {"the passive: names between 被 and a rank verb*",
       "前三名分别被中国平安、中国人寿和中国太保摘得。涨幅榜前三位被上海机场、北京银行、深圳能源包"
       "揽。",
       {{"前三名", {"中国平安", "中国人寿", "中国太保"}, true, 3},
        {"涨幅榜前三位", {"上海机场", "北京银行", "深圳能源"}, true, 3}}},
      {"heads holding a figure with 以 (the output label drops it)*",
       "上交所以3654."
       "26亿元拔得头筹，港交所排名第二。华为以1419亿元的研发投入领跑，阿里巴巴、腾讯紧随其"
       "后。",
       {{"以3654.26亿元拔得头筹", {"上交所", "港交所"}},
        {"以1419亿元的研发投入领跑", {"华为", "阿里巴巴", "腾讯"}}}},
      {"a final 和 before a share-class ending; 等股的 is no label",
       "从解禁股数量占总股本的比例来看，芒果超媒、君实生物-U、芯能科技和埃夫特-"
       "U等股的解禁比例居前。",
       {{"解禁比例居前", {"芒果超媒", "君实生物-U", "芯能科技", "埃夫特-U"}}}},
      {"a head on 解禁比例 and a group after it by the same measure; a kind of stock "
       "before a name is no part of it",
       "北交所股票三元基因的解禁比例居首，达到71.33%"
       "，同惠电子、盖世食品、豫园股份等股的解禁比例居前。",
       {{"解禁比例居首", {"三元基因", "同惠电子", "盖世食品", "豫园股份"}}}},
      {"a head's holder opening its sentence, past a clause of figures",
       "其中，恩捷股份上半年净利润增长225.15%，机构净买入7.18亿元，净买入金额最多；获机构净买入较多"
       "的还有瑞芯微、福莱特、中国宝安等股。",
       {{"净买入金额最多", {"恩捷股份", "瑞芯微", "福莱特", "中国宝安"}}}},
      {"the noun names share and an adverb are no label, unless the cue follows",
       "科技板块中，半导体、通信、元器件板块皆涨幅靠前。电气设备、化工等行业最为集中，分别有4只、2"
       "只。",
       {{"涨幅靠前", {"半导体", "通信", "元器件"}}, {"行业最为集中", {"电气设备", "化工"}}}},
      {"the second place as 居次 or 次席*",
       "上海居首，北京居次，深圳第三。其中，英科医疗以50亿元的成交额位居首位，蓝帆医疗以40亿元位居"
       "次席。",
       {{"居首", {"上海", "北京", "深圳"}},
        {"以50亿元的成交额位居首位", {"英科医疗", "蓝帆医疗"}}}},
      {"名列前茅 as 居前, and the last N places*",
       "在涨幅榜上，英科医疗、蓝帆医疗、振德医疗名列前茅。跌幅榜末三位为甲公司、乙公司、丙公司。",
       {{"名列前茅", {"英科医疗", "蓝帆医疗", "振德医疗"}},
        {"跌幅榜末三位", {"甲公司", "乙公司", "丙公司"}, false, 3}}},
      {"names, 的 and a metric of 幅度 before 居前",
       "从二季度环比增长幅度来看，信安世纪、工大高科、海特高新和ST辉丰的业绩增长幅度居前，多数个股"
       "属"
       "于一季度亏损。",
       {{"业绩增长幅度居前", {"信安世纪", "工大高科", "海特高新", "ST辉丰"}}}},
  };
  for (const Case& c : cases) {
    const auto got = Lists(c.text);
    ASSERT_EQ(got.size(), c.want.size()) << c.form;
    for (size_t i = 0; i < got.size(); ++i) {
      const Want& w = c.want[i];
      EXPECT_EQ(got[i].items, w.items) << c.form;
      EXPECT_EQ(Label(c.text, got[i]), w.label) << c.form;
      EXPECT_EQ(got[i].top, w.top) << c.form;
      EXPECT_EQ(got[i].size, w.size) << c.form;
      EXPECT_EQ(got[i].tied, w.tied) << c.form;
    }
  }
}

// The traps the issue lists and the real sentences of negative articles:
// no list in any of them.
TEST(ListsInBlockTest, ThresholdSetsGroupingsAndSingleRanksAreNoLists) {
  const char* texts[] = {
      // a count of points or cases selects them in no order
      "国家统计局公布了普查的九大要点：全国人口共141178万人、男性人口为72334万人。",
      "大会重磅发布《2021年度广东十大消费维权典型案例》：健身房歇业波及千余消费者、房产纠纷多年未决"
      "。",
      // a comparative's examples (等), their first put on top after
      "招银理财、兴银理财等理财子调研积极性较高。招银理财是调研最积极的理财子。",
      // names before a copula, fewer than the noun after the superlative counts
      "三亚和杭州是新房价格环比上涨最多的三个城市之二。",
      "其中，三亚、杭州是新房价格环比上涨最多的5个城市。",
      // a next ordinal in the next sentence starts a point, not a place
      "英科医疗排名第一。第二，公司将加大研发投入。",
      // places of time handed to figures
      "今年第一、第二季度分别为5.2%和4.8%。",
      // a holder before its figures, one place and no behind word
      "其中韩国承接订单量138万修正总吨，占比45%，位居第二。",
      // one name fewer than a top N they share, with no head before
      "成都、杭州、长沙均在热门客源地前四。",
      // fewer names after a top N's noun than it counts
      "前三大城市北京、上海的房价均有上涨。",
      // a measure before a behind word, its holder not named there
      "其中农村居民收入仅次于上海，位列全国第二。",
      // a bottom head, values after it that fall: no order
      "在人口出生率方面，黑龙江最低，吉林、辽宁分别为0.6%和0.4%。",
      // two measures of one name tied at a place
      "固定收益类产品数量和规模均占据四类产品最大比例。",
      "去年，长沙的GDP总量和增量都稳居全省第一。",
      "去年，长沙GDP总量和增量都稳居全省第一。",
      // threshold sets, even with 分别是
      "北上资金增持超亿元的分别是安克创新、科沃斯、石头科技等6股。",
      "万科A融资净买入额居首；融资净买入金额超1亿元的个股有北方稀土、江特电机等。",
      "华安张江光大REIT跌幅最大，红土盐田港REIT、博时蛇口产园REIT跌幅均超3%。",
      // unordered groupings
      "涨停个股主要集中在汽车、电气设备、化工等行业。",
      // single-entity ranks
      "10月全国电影票房达75.71亿元，位列中国影史10月总票房第二。",
      "北港转债跌幅最大。",
      // reasons and steps in order
      "首先是聚焦稳定市场主体，强化就业优先政策。其次是聚焦拓展就业空间，强化创业带动就业。",
      "主要有以下几方面原因：第一是工业生产保持稳定；第二是价格因素带动作用明显。",
      // spans of time
      "前三季度，全国规模以上工业企业实现利润总额增长。",
      "前10个月，在41个工业大类行业中，32个行业利润总额同比增加。",
      // entering a top group names members, not their order
      "与2020年相比，若汐、艺涵、苡沫首次进入前十。",
      "中信建投以40.72%的净利润率跻身前五。",
      // a comparative without values or a head
      "融资余额增幅较大的有新洋丰、万润股份、石英股份等股。",
      // a bottom-N head the last place does not complete
      "服务业仍排在后三位，排名垫底的是文体教育行业。",
      // a record, not a place in a ranking
      "本次中报盈利为近七年来最好成绩。",
      // single places in two rankings: said differently, or sentences apart
      "深圳GDP排名全国第三，在全省排名第一。广州的人均收入位居全国第五。",
      "上海GDP居全国第一。今年以来，北京社会消费品零售总额增速放缓，居全国第四。",
      // a metric in place of a name
      "国泰君安名列第二，收入为83.51亿元，名列第三。",
      // a relative clause before 的 qualifies the one name after it
      "中金公司与高盛高华合作的百济神州承销及保荐费用最高。",
      // one of the top N is a member
      "中国华融是解决不良资产的四大全国性国有资产管理公司（AMC）之一，其他三家包括长城资产、"
      "东方资产、中国信达。",
      // one name placed twice, on two measures
      "厦门GDP增速连续两年位列全国副省级城市第一，2020年经济密度居副省级城市第二。",
      // a place count before a clause, not a noun (前二十则有13家)
      "在前二十则有13家，盘后两市有105家上市公司发布年报。",
      // 位居前列 names a top group, no order (tests/rankset negatives)
      "平安银行和兴业银行的净利润增速均超过20%，在上市银行中位居前列。",
      // a moving head's own amount, and names not of its kind after it
      "沪指小幅上涨0.47%；深成指上涨2.38%；创业板指涨幅最高，整月累计上涨4.33%。",
      "北美地区指数领降5.3点，欧洲地区涨1.4点，亚洲地区涨0.3点。",
      // amounts of one name on several days, not names of the head's series
      "该股涨幅最大，周一上涨5.2%，周二上涨3.1%，周三上涨1.2%。",
      // one value for all in a sentence after the head's
      "证券类在此次新增额度中占比最大，这之中又以头部公募居多。华夏基金和易方达基金均累计获批48."
      "5亿美元。",
      // the top and the bottom place, each with its amount
      "其中，北京以10534元居首，广西以6184元暂居末位。",
      // records moving two ways are no ranking of one
      "涨跌幅较大个股包括：优信二手车涨7.25%，陌陌跌5.61%，哔哩哔哩涨4.83%。",
      // brackets after a top N that do not hold its N names
      "江苏省有5个县（市）入围2021年全国10强县（市），分别是昆山、张家港、江阴、常熟四市和太仓市。",
      "对比三大城市（上海、北京）的数据。",
      // a small bare count names a category (三大主导产业)
      "2021年，泉州GDP为1.13万亿元，但三大主导产业为纺织鞋服、石油化工、建材家居。",
      // fewer names than the top group they all share: members
      "其中，广东、浙江、福建、湖南、湖北都已位列全国前十，安徽也位列第十一位。",
      // a figure moved from is no value the names share; a verb is no name
      "采矿业增加值同比增速由3.2%回升至6.0%，达到年内最高水平；电力、热力、燃气及水生产和供应业增速"
      "也由9.7%回升至11.1%。",
      // 或是: either … or, after the noun of a rank cue
      "值得注意的是，部分排名靠前的基金或是名称中含有“新能源”、“能源转型”等字样。",
      // fewer clauses than places before 分别
      "保利为3995亿元，分别排名行业第二和第三。",
      // 被 with no rank verb closing the names: no passive ranking
      "排名前三的城市被称为一线城市。",
      "前十大流通股东被社保基金清仓。",
      // a noun after a top N that goes on past a short noun
      "A、B、C位列前十大城市的地位。",
      // a sign before a figure, or between two names with no ranking word
      "涨幅＞5%的个股有10只。",
      "成长＞价值。",
      // names among a top N, or entering it: members in no order
      "其中，上海、北京、深圳位列前十大城市之列。",
      "杭州、成都进入前二十。",
      // 其他 + a comparative with no head before it: a group
      "其他涨幅较大的个股包括中材科技、同兴达、四川双马。",
  };
  for (const char* text : texts) {
    const auto got = Lists(text);
    EXPECT_TRUE(got.empty()) << text << ": " << (got.empty() ? "" : Label(text, got[0]));
  }
}

TEST(ListsInBlockTest, ExplainSaysWhatBecameOfEachCue) {
  const CueFinder cues(DefaultRules());
  const auto got =
      ListsInBlock(Plain("前三季度营收增长，排名前二的是甲区、乙区。北港转债跌幅最大。"),
                   DefaultRules(), cues, true);
  ASSERT_EQ(got.lists.size(), 1u);
  ASSERT_GE(got.outcomes.size(), 2u);
  EXPECT_EQ(got.outcomes[1].cue, "前二");
  EXPECT_EQ(got.outcomes[1].result, "list of 2 names");
  EXPECT_EQ(got.outcomes.back().cue, "最大");
  EXPECT_EQ(got.outcomes.back().result, "head of a chain (1 name)");
  // Without asking, nothing is kept.
  EXPECT_TRUE(ListsInBlock(Plain("排名前二的是甲区、乙区。"), DefaultRules(), cues, false)
                  .outcomes.empty());
}

}  // namespace
}  // namespace newsextract
