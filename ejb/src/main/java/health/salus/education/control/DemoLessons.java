package health.salus.education.control;

import java.util.List;

/** The text of the demo programmes: each lesson at three levels in English and Chinese, a quiz. */
final class DemoLessons {

  private DemoLessons() {}

  record Question(String en, String zh, List<String[]> options, int correct) {}

  record LessonText(
      String titleEn,
      String titleZh,
      String easyEn,
      String standardEn,
      String detailedEn,
      String easyZh,
      String standardZh,
      String detailedZh,
      List<Question> quiz) {}

  record ProgrammeText(
      String title,
      String titleZh,
      String topic,
      String summary,
      String terms,
      Integer minAge,
      List<LessonText> lessons) {}

  private static Question q(String en, String zh, int correct, String... options) {
    List<String[]> pairs =
        List.of(
            new String[] {options[0], options[1]},
            new String[] {options[2], options[3]},
            new String[] {options[4], options[5]});
    return new Question(en, zh, pairs, correct);
  }

  static final List<ProgrammeText> ALL =
      List.of(
          new ProgrammeText(
              "Living well with type 2 diabetes",
              "与2型糖尿病健康共处",
              "Diabetes",
              "Short lessons on what type 2 diabetes is, food, tablets and looking after your feet.",
              "diabetes, 44054006",
              null,
              List.of(
                  new LessonText(
                      "What is type 2 diabetes?",
                      "什么是2型糖尿病？",
                      "# What is type 2 diabetes?\n\nYour body needs sugar for energy. In type 2"
                          + " diabetes, too much sugar stays in your blood.\n\n"
                          + "- Eat good food.\n- Walk each day.\n- Take your pills.\n\n"
                          + "These steps keep your sugar in a safe range.",
                      "# What is type 2 diabetes?\n\nYour body turns food into sugar (glucose) for"
                          + " energy. A hormone called insulin moves the sugar into your cells. In"
                          + " type 2 diabetes, your body does not use insulin well, so sugar builds"
                          + " up in your blood.\n\nHealthy meals, daily activity and your medicines"
                          + " help keep your blood sugar in the target range your doctor sets.",
                      "# Understanding type 2 diabetes\n\nType 2 diabetes is a chronic "
                          + "metabolic condition. The body resists insulin, and the pancreas makes "
                          + "less of it over time. High blood glucose then damages small and large "
                          + "blood vessels. This explains the complications in the eyes, kidneys, "
                          + "nerves and heart.\n\nManagement combines changes to diet, regular "
                          + "physical activity and glucose-lowering medication. Your HbA1c is "
                          + "usually checked every three to six months.",
                      "# 什么是2型糖尿病？\n\n身体需要糖来产生能量。得了2型糖尿病，血液里的糖太多。\n\n"
                          + "- 吃健康的食物。\n- 每天走路。\n- 按时吃药。",
                      "# 什么是2型糖尿病？\n\n身体把食物变成糖（葡萄糖）来产生能量。胰岛素帮助糖进入细胞。"
                          + "得了2型糖尿病，身体不能很好地使用胰岛素，糖就留在血液里。\n\n"
                          + "健康饮食、每天活动和按医嘱用药，可以让血糖保持在医生设定的目标范围内。",
                      "# 认识2型糖尿病\n\n2型糖尿病是一种慢性代谢性疾病，特点是胰岛素抵抗和胰岛素分泌逐渐减少。"
                          + "长期高血糖会损害大小血管，因此可能引起眼、肾、神经和心脏的并发症。\n\n"
                          + "治疗包括调整饮食、规律运动、降糖药物，以及通常每三到六个月检查一次糖化血红蛋白。",
                      List.of(
                          q(
                              "What is too high in type 2 diabetes?",
                              "2型糖尿病时，什么太高？",
                              1,
                              "Salt in your food",
                              "食物里的盐",
                              "Sugar in your blood",
                              "血液里的糖",
                              "Water in your body",
                              "身体里的水"),
                          q(
                              "Which step helps keep your sugar safe?",
                              "哪一步有助于让血糖保持安全？",
                              0,
                              "Walk each day",
                              "每天走路",
                              "Skip your pills",
                              "不吃药",
                              "Eat more sweets",
                              "多吃甜食"),
                          q(
                              "Who sets your target sugar range?",
                              "谁为你设定血糖目标范围？",
                              2,
                              "A friend",
                              "朋友",
                              "The shop",
                              "商店",
                              "Your doctor",
                              "你的医生"))),
                  new LessonText(
                      "Looking after your feet",
                      "照顾好你的脚",
                      "# Look after your feet\n\nHigh sugar can hurt the nerves in your feet. You"
                          + " may not feel a cut.\n\n- Look at your feet each day.\n"
                          + "- Wear shoes that fit.\n- Call us if you see a sore.",
                      "# Looking after your feet\n\nOver time, high blood sugar can damage the"
                          + " nerves and blood flow in your feet. You might not notice a small cut"
                          + " or blister, and it may heal slowly.\n\nCheck both feet every day,"
                          + " keep them clean and dry, wear well-fitting shoes, and see your"
                          + " podiatrist at least once a year.",
                      "# Diabetic foot care\n\nNerve damage (peripheral neuropathy) and "
                          + "narrowed leg arteries both raise the risk of foot ulcers and, in the "
                          + "end, amputation. With less feeling in the feet, a minor injury often "
                          + "goes unnoticed. Poor circulation then slows healing.\n\nInspect your "
                          + "feet every day and wear shoes that fit well. Treat any break in the "
                          + "skin promptly. A podiatrist should assess your feet once a year. "
                          + "Together these steps greatly reduce the risks.",
                      "# 照顾好你的脚\n\n血糖高会伤害脚上的神经。你可能感觉不到伤口。\n\n"
                          + "- 每天看看你的脚。\n- 穿合脚的鞋。\n- 看到伤口就给我们打电话。",
                      "# 照顾好你的脚\n\n长期高血糖会损害脚部的神经和血液循环。小伤口或水泡可能不容易发现，愈合也慢。\n\n"
                          + "每天检查双脚，保持清洁干燥，穿合脚的鞋，每年至少看一次足科医生。",
                      "# 糖尿病足部护理\n\n周围神经病变和周围动脉疾病会增加足部溃疡甚至截肢的风险。"
                          + "保护性感觉减退使轻微外伤常被忽视，而循环不良又会延缓愈合。\n\n"
                          + "每天自查、选择合适的鞋、及时处理皮肤破损，以及每年由足科医生评估，可以明显降低这些风险。",
                      List.of(
                          q(
                              "How often should you look at your feet?",
                              "你应该多久检查一次脚？",
                              0,
                              "Each day",
                              "每天",
                              "Once a year",
                              "每年一次",
                              "Never",
                              "从不"),
                          q(
                              "Why might you not feel a cut?",
                              "为什么你可能感觉不到伤口？",
                              1,
                              "Your shoes are new",
                              "鞋子是新的",
                              "High sugar hurts the nerves",
                              "高血糖伤害神经",
                              "It is cold outside",
                              "外面很冷"),
                          q(
                              "What should you do if you see a sore?",
                              "看到伤口应该怎么做？",
                              2,
                              "Wait a month",
                              "等一个月",
                              "Put on tight shoes",
                              "穿紧的鞋",
                              "Call us",
                              "给我们打电话"))))),
          new ProgrammeText(
              "Heart health: blood pressure and heart failure",
              "心脏健康：血压与心力衰竭",
              "Heart",
              "What your blood pressure numbers mean, and the signs of heart failure to watch for.",
              "heart failure, hypertension, blood pressure, 84114007, 59621000",
              null,
              List.of(
                  new LessonText(
                      "Know your blood pressure",
                      "了解你的血压",
                      "# Know your blood pressure\n\nBlood pressure is how hard your blood pushes"
                          + " on your blood vessels. Two numbers tell you this.\n\n"
                          + "- Sit still for five minutes first.\n- Write down both numbers.\n"
                          + "- Bring your notes to your visit.",
                      "# Know your blood pressure\n\nBlood pressure is the force of blood against"
                          + " the walls of your arteries. The top number (systolic) is the"
                          + " pressure when your heart beats; the bottom number (diastolic) is"
                          + " the pressure between beats.\n\nMeasure at the same time each day,"
                          + " after resting quietly, and keep a record to share with your care"
                          + " team.",
                      "# Blood pressure in depth\n\nHypertension means blood pressure that "
                          + "stays high. It is usually defined as 140/90 mmHg or more in the "
                          + "clinic, or 135/85 mmHg or more at home. Over the years it adds to the "
                          + "risk of stroke, coronary disease, heart failure and chronic kidney "
                          + "disease.\n\nFor reliable home readings, use a validated device with the "
                          + "right cuff size. Sit with your arm supported. Take several readings "
                          + "and use their average.",
                      "# 了解你的血压\n\n血压是血液推动血管的力量。两个数字告诉你这个力量。\n\n"
                          + "- 先安静坐五分钟。\n- 记下两个数字。\n- 看医生时带上记录。",
                      "# 了解你的血压\n\n血压是血液对动脉壁的压力。上面的数字（收缩压）是心脏跳动时的压力；"
                          + "下面的数字（舒张压）是两次心跳之间的压力。\n\n每天同一时间、休息后测量，并记录下来与医护团队分享。",
                      "# 深入了解血压\n\n高血压是指动脉压持续升高，一般指诊室血压达到或超过140/90毫米汞柱，"
                          + "或家庭血压达到或超过135/85毫米汞柱。长期高血压会导致中风、冠心病、心力衰竭和慢性肾病。\n\n"
                          + "可靠的家庭测量需要经过验证的血压计、合适的袖带、坐姿并支撑手臂，以及取多次读数的平均值。",
                      List.of(
                          q(
                              "What should you do before you measure?",
                              "测量前应该做什么？",
                              1,
                              "Run up the stairs",
                              "跑上楼梯",
                              "Sit still for five minutes",
                              "安静坐五分钟",
                              "Drink coffee",
                              "喝咖啡"),
                          q(
                              "How many numbers does a reading have?",
                              "一次血压读数有几个数字？",
                              0,
                              "Two",
                              "两个",
                              "One",
                              "一个",
                              "Five",
                              "五个"),
                          q(
                              "What do you bring to your visit?",
                              "看医生时带什么？",
                              2,
                              "Nothing",
                              "什么都不带",
                              "A new cuff",
                              "新的袖带",
                              "Your notes",
                              "你的记录"))),
                  new LessonText(
                      "Heart failure: signs to watch",
                      "心力衰竭：需要留意的症状",
                      "# Heart failure: signs to watch\n\nHeart failure means your heart does not"
                          + " pump as well as it should.\n\n- Weigh yourself each morning.\n"
                          + "- Tell us if you gain two kilos in two days.\n"
                          + "- Tell us if your legs swell or you get short of breath.",
                      "# Heart failure: signs to watch\n\nIn heart failure the heart muscle cannot"
                          + " pump enough blood for the body's needs, so fluid can build up in"
                          + " the lungs, legs and belly.\n\nWeigh yourself every morning. A gain"
                          + " of two kilograms in two days, new swelling, or more breathlessness"
                          + " lying down are signs to call your care team the same day.",
                      "# Recognising worsening heart failure\n\nHeart failure is a clinical"
                          + " syndrome in which cardiac output is insufficient for metabolic"
                          + " demand, or is maintained only at raised filling pressures. Sodium"
                          + " and water retention produce congestion: peripheral oedema,"
                          + " orthopnoea and weight gain.\n\nDaily weighing detects fluid"
                          + " accumulation before symptoms; a rise of two kilograms over two days"
                          + " usually warrants review of diuretic therapy.",
                      "# 心力衰竭：需要留意的症状\n\n心力衰竭是指心脏泵血能力不如正常。\n\n"
                          + "- 每天早上称体重。\n- 两天内体重增加两公斤，请告诉我们。\n- 腿肿或气短，请告诉我们。",
                      "# 心力衰竭：需要留意的症状\n\n心力衰竭时，心肌不能泵出足够的血液，液体可能积聚在肺部、腿部和腹部。\n\n"
                          + "每天早上称体重。两天内体重增加两公斤、新出现的肿胀或平躺时更气短，都应当天联系医护团队。",
                      "# 识别心力衰竭加重\n\n心力衰竭是一种临床综合征，心输出量不能满足代谢需要，或只能在充盈压升高时维持。"
                          + "钠和水潴留导致充血：外周水肿、端坐呼吸和体重增加。\n\n"
                          + "每日称重可在症状出现前发现液体积聚；两天内体重增加两公斤通常需要调整利尿剂。",
                      List.of(
                          q(
                              "When should you weigh yourself?",
                              "什么时候称体重？",
                              0,
                              "Each morning",
                              "每天早上",
                              "Once a month",
                              "每月一次",
                              "After dinner on Sunday",
                              "星期天晚饭后"),
                          q(
                              "Which sign means you should call us?",
                              "哪种情况应该给我们打电话？",
                              2,
                              "You slept well",
                              "你睡得很好",
                              "You went for a walk",
                              "你去散步了",
                              "Your legs swell",
                              "你的腿肿了"),
                          q(
                              "What does heart failure mean?",
                              "心力衰竭是什么意思？",
                              1,
                              "Your heart has stopped",
                              "心脏停止了",
                              "Your heart does not pump as well",
                              "心脏泵血能力变差",
                              "You have a cold",
                              "你感冒了"))))),
          new ProgrammeText(
              "Healthy ageing: staying steady on your feet",
              "健康老龄化：站稳脚步，预防跌倒",
              "Healthy ageing",
              "Why falls happen as we get older, and simple ways to stay steady and safe at home.",
              "fall, osteoarthritis, balance",
              65,
              List.of(
                  new LessonText(
                      "Why falls happen",
                      "为什么会跌倒",
                      "# Why falls happen\n\nAs we get older, falls are more likely. Weak legs,"
                          + " some pills and poor sight can all play a part.\n\n"
                          + "- Keep active.\n- Ask us to check your pills.\n- Have your eyes checked.",
                      "# Why falls happen\n\nOne in three people over 65 falls each year. Common"
                          + " causes include weaker leg muscles, poor balance, some medicines"
                          + " that cause dizziness, changes in eyesight, and hazards at home.\n\n"
                          + "Staying active, a yearly medicine review and regular eye checks"
                          + " lower your chance of a fall.",
                      "# Falls in older adults\n\nFalls come from inside factors and outside "
                          + "hazards acting together. Inside factors include loss of muscle "
                          + "(sarcopenia), a weaker sense of position, a drop in blood pressure on "
                          + "standing, and poor vision. Outside hazards are found in the home and "
                          + "the street.\n\nTaking many medicines, especially sedatives and blood "
                          + "pressure tablets, is a risk that can be changed. A full falls "
                          + "assessment and steadily harder balance and strength training cut the "
                          + "rate of falls by about a quarter.",
                      "# 为什么会跌倒\n\n年纪大了，更容易跌倒。腿没力气、有些药和视力差都有关系。\n\n"
                          + "- 保持活动。\n- 请我们检查你的药。\n- 检查眼睛。",
                      "# 为什么会跌倒\n\n65岁以上的人每年有三分之一会跌倒。常见原因包括腿部肌肉变弱、平衡差、"
                          + "某些引起头晕的药物、视力变化以及家中的危险物。\n\n保持活动、每年检查用药和定期检查眼睛，可以降低跌倒的机会。",
                      "# 老年人跌倒\n\n跌倒是内在因素（如肌少症、本体感觉受损、体位性低血压和视力障碍）与环境中外在危险共同作用的结果。"
                          + "多重用药，特别是镇静药和降压药，是可以改变的因素。\n\n多因素评估以及循序渐进的平衡和力量训练，可使跌倒率降低约四分之一。",
                      List.of(
                          q(
                              "What can make a fall more likely?",
                              "什么会让跌倒更容易发生？",
                              1,
                              "Drinking water",
                              "喝水",
                              "Weak legs",
                              "腿没力气",
                              "Good shoes",
                              "好的鞋子"),
                          q(
                              "Who can check your pills?",
                              "谁可以检查你的药？",
                              0,
                              "Your care team",
                              "你的医护团队",
                              "Your neighbour",
                              "你的邻居",
                              "Nobody",
                              "没有人"),
                          q(
                              "What helps you stay steady?",
                              "什么帮助你站稳？",
                              2,
                              "Staying in bed",
                              "一直躺在床上",
                              "Skipping meals",
                              "不吃饭",
                              "Keeping active",
                              "保持活动"))),
                  new LessonText(
                      "Make your home safer",
                      "让家更安全",
                      "# Make your home safer\n\nMost falls happen at home. Small changes help a"
                          + " lot.\n\n- Keep floors clear.\n- Use a night light.\n"
                          + "- Put a rail by the toilet and bath.",
                      "# Make your home safer\n\nMost falls happen at home, often on the way to"
                          + " the bathroom at night. Remove loose rugs and clutter, light the"
                          + " path from bed to toilet, and fit grab rails in the bathroom.\n\n"
                          + "An occupational therapist can visit and suggest changes that suit"
                          + " your home.",
                      "# Home safety assessment\n\nChanges to the home work best when an "
                          + "occupational therapist matches them to the person's own limits. The "
                          + "priorities are to remove trip hazards and to improve lighting, "
                          + "especially at night. Grab rails and higher seats also help.\n\nFor "
                          + "people at high risk, fixing hazards at home reduces falls by around "
                          + "forty percent.",
                      "# 让家更安全\n\n大多数跌倒发生在家里。小改变很有用。\n\n" + "- 保持地面整洁。\n- 用夜灯。\n- 在马桶和浴缸旁装扶手。",
                      "# 让家更安全\n\n大多数跌倒发生在家里，常常是在夜里去洗手间的路上。拿走松动的地毯和杂物，"
                          + "照亮从床到厕所的路，在浴室安装扶手。\n\n职业治疗师可以上门，提出适合你家的改动建议。",
                      "# 家居安全评估\n\n由职业治疗师根据个人功能限制有针对性地改造环境，效果最好。"
                          + "重点包括消除绊倒隐患、改善照明（特别是夜间照明）、安装扶手和提高座椅高度。\n\n"
                          + "对于高风险人群，家居隐患改造可使跌倒减少约百分之四十。",
                      List.of(
                          q(
                              "Where do most falls happen?",
                              "大多数跌倒发生在哪里？",
                              0,
                              "At home",
                              "在家里",
                              "At the beach",
                              "在海滩",
                              "On a bus",
                              "在公交车上"),
                          q(
                              "What helps at night?",
                              "晚上什么有帮助？",
                              1,
                              "Loose rugs",
                              "松动的地毯",
                              "A night light",
                              "夜灯",
                              "Dark halls",
                              "黑暗的走廊"),
                          q(
                              "Where is a rail most useful?",
                              "扶手装在哪里最有用？",
                              2,
                              "In the garden shed",
                              "花园小屋里",
                              "On the roof",
                              "屋顶上",
                              "By the toilet and bath",
                              "马桶和浴缸旁"))))));
}
