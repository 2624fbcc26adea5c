import { LoadingState } from "@/components/page-states";

export default function Loading() {
  return <LoadingState />;
}
