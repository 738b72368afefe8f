/**
 * The separate consent (PIPL Art 29/30) a worker gives before we process the resident ID number and
 * precise location. Changing the text means a new version: workers are asked again.
 */
export const PII_CONSENT_VERSION = '2026-11-v1';

export const PII_CONSENT_TEXT = {
  version: PII_CONSENT_VERSION,
  title: '身份证号码和位置信息单独同意书',
  paragraphs: [
    '身份证号码和位置信息属于敏感个人信息。为了核实您是本人、防止冒名登记和一人多号，并为您办理意外伤害保险、处理欠薪投诉，我们需要处理您的身份证号码。',
    '为了把离您近的活儿排在前面、让附近的用工方找到您，我们会在您同意后使用您提供的位置。您可以不提供位置，仍然可以找活，只是不能按距离排序。',
    '身份证号码加密保存，页面上只显示前4位和后4位；只有在办理保险、处理投诉等必要时才会解密，每次解密都会记录是谁、为什么。',
    '您可以随时在“我的—我的数据”里查看、导出您的信息，或注销账号。工资相关记录依法至少保存3年，注销后会去掉能识别您的信息。',
  ],
} as const;
