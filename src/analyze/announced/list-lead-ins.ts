/**
 * Words that lead into a list in the same clause; the first member starts after the last of them
 * (将党支部建设的内容具体分为思想、组织… → 思想). One-character words (从, 在) count only at the
 * start of the member, since they also occur inside words (存在). Each with a real sentence.
 */
export interface ListLeadIn {
  readonly word: string;
  readonly example: string;
}

export const LIST_LEAD_INS: readonly ListLeadIn[] = [
  { word: '分为', example: '將黨支部建設的內容具體分為思想、組織、作風、制度建設四個方面。（corpus/002）' },
  { word: '就是', example: '抓整体推进的核心就是抓支部、抓党员,这是两个关键点。（corpus/003）' },
  { word: '从', example: '从建设政治鲜明、思想过硬、组织坚强、担当作为、风清气正五个方面，明确23项具体任务。（corpus/001）' },
  { word: '在', example: '在组织设置、组织生活、党员教育管理、发展党员、基本保障、工作机制等六个方面加强规范化建设。（corpus/001）' },
  { word: '着眼', example: '着眼“长”“常”二字，延展教育维度、增强制度刚性。（corpus/004）' },
];
