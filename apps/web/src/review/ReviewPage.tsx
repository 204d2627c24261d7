import { Typography } from 'antd';

/** Being built in this session; replaced by the feature's real page. */
export function ReviewPage() {
  return <Typography.Title level={1}>ReviewPage</Typography.Title>;
}
