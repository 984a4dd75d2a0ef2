import { endpointNotFound } from "@/lib/proxy/not-served";

export const dynamic = "force-dynamic";

export {
  endpointNotFound as DELETE,
  endpointNotFound as GET,
  endpointNotFound as PATCH,
  endpointNotFound as POST,
  endpointNotFound as PUT,
};
